package org.opensts.adapter.http.sts;

import org.opensts.adapter.http.xml.QueryResponse;
import org.opensts.adapter.http.xml.XmlDocument;
import org.opensts.application.port.in.sts.GetFederationTokenResult;

/** {@code GetFederationTokenResult}: Credentials, FederatedUser and PackedPolicySize. */
record GetFederationTokenResponse(GetFederationTokenResult result) implements QueryResponse {

  static GetFederationTokenResponse from(GetFederationTokenResult result) {
    return new GetFederationTokenResponse(result);
  }

  @Override
  public String action() {
    return "GetFederationToken";
  }

  @Override
  public void writeResult(XmlDocument document) {
    CredentialsXml.write(document, result.credentials());
    document
        .start("FederatedUser")
        .element("FederatedUserId", result.federatedUserId())
        .element("Arn", result.federatedUserArn())
        .end()
        .element("PackedPolicySize", Integer.toString(result.packedPolicySize()));
  }
}
