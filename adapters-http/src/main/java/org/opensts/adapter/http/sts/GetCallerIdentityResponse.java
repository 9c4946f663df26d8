package org.opensts.adapter.http.sts;

import org.opensts.adapter.http.xml.QueryResponse;
import org.opensts.adapter.http.xml.XmlDocument;
import org.opensts.application.port.in.sts.GetCallerIdentityResult;

/** {@code GetCallerIdentityResult}: Arn, UserId, Account. */
record GetCallerIdentityResponse(GetCallerIdentityResult result) implements QueryResponse {

  static GetCallerIdentityResponse from(GetCallerIdentityResult result) {
    return new GetCallerIdentityResponse(result);
  }

  @Override
  public String action() {
    return "GetCallerIdentity";
  }

  @Override
  public void writeResult(XmlDocument document) {
    document
        .element("Arn", result.arn())
        .element("UserId", result.userId())
        .element("Account", result.account());
  }
}
