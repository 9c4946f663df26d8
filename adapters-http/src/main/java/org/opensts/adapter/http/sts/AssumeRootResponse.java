package org.opensts.adapter.http.sts;

import org.opensts.adapter.http.xml.QueryResponse;
import org.opensts.adapter.http.xml.XmlDocument;
import org.opensts.application.port.in.sts.AssumeRootResult;

/** {@code AssumeRootResult}: Credentials, and SourceIdentity when the caller's session has one. */
record AssumeRootResponse(AssumeRootResult result) implements QueryResponse {

  static AssumeRootResponse from(AssumeRootResult result) {
    return new AssumeRootResponse(result);
  }

  @Override
  public String action() {
    return "AssumeRoot";
  }

  @Override
  public void writeResult(XmlDocument document) {
    CredentialsXml.write(document, result.credentials());
    document.optionalElement("SourceIdentity", result.sourceIdentity());
  }
}
