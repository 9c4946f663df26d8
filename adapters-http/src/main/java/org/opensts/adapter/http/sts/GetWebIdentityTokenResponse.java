package org.opensts.adapter.http.sts;

import org.opensts.adapter.http.xml.QueryResponse;
import org.opensts.adapter.http.xml.XmlDocument;
import org.opensts.application.port.in.sts.GetWebIdentityTokenResult;

/** {@code GetWebIdentityTokenResult}: WebIdentityToken and Expiration. */
record GetWebIdentityTokenResponse(GetWebIdentityTokenResult result) implements QueryResponse {

  static GetWebIdentityTokenResponse from(GetWebIdentityTokenResult result) {
    return new GetWebIdentityTokenResponse(result);
  }

  @Override
  public String action() {
    return "GetWebIdentityToken";
  }

  @Override
  public void writeResult(XmlDocument document) {
    document
        .element("WebIdentityToken", result.webIdentityToken())
        .element("Expiration", XmlDocument.timestamp(result.expiration()));
  }
}
