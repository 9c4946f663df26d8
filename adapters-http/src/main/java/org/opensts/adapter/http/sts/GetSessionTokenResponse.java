package org.opensts.adapter.http.sts;

import org.opensts.adapter.http.xml.QueryResponse;
import org.opensts.adapter.http.xml.XmlDocument;
import org.opensts.application.port.in.sts.GetSessionTokenResult;

/** {@code GetSessionTokenResult}: Credentials only. */
record GetSessionTokenResponse(GetSessionTokenResult result) implements QueryResponse {

  static GetSessionTokenResponse from(GetSessionTokenResult result) {
    return new GetSessionTokenResponse(result);
  }

  @Override
  public String action() {
    return "GetSessionToken";
  }

  @Override
  public void writeResult(XmlDocument document) {
    CredentialsXml.write(document, result.credentials());
  }
}
