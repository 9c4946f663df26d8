package org.opensts.adapter.http.sts;

import org.opensts.adapter.http.xml.QueryResponse;
import org.opensts.adapter.http.xml.XmlDocument;
import org.opensts.application.port.in.sts.AssumeRoleResult;

/** {@code AssumeRoleResult}: Credentials and AssumedRoleUser. */
record AssumeRoleResponse(AssumeRoleResult result) implements QueryResponse {

  static AssumeRoleResponse from(AssumeRoleResult result) {
    return new AssumeRoleResponse(result);
  }

  @Override
  public String action() {
    return "AssumeRole";
  }

  @Override
  public void writeResult(XmlDocument document) {
    CredentialsXml.write(document, result.credentials());
    document
        .start("AssumedRoleUser")
        .element("AssumedRoleId", result.assumedRoleId())
        .element("Arn", result.assumedRoleArn())
        .end();
  }
}
