package org.opensts.adapter.http.sts;

import org.opensts.adapter.http.xml.QueryResponse;
import org.opensts.adapter.http.xml.XmlDocument;
import org.opensts.application.port.in.sts.GetDelegatedAccessTokenResult;

/**
 * {@code GetDelegatedAccessTokenResult}: Credentials and AssumedPrincipal; no PackedPolicySize,
 * which AWS documents as not populated for this operation.
 */
record GetDelegatedAccessTokenResponse(GetDelegatedAccessTokenResult result)
    implements QueryResponse {

  static GetDelegatedAccessTokenResponse from(GetDelegatedAccessTokenResult result) {
    return new GetDelegatedAccessTokenResponse(result);
  }

  @Override
  public String action() {
    return "GetDelegatedAccessToken";
  }

  @Override
  public void writeResult(XmlDocument document) {
    CredentialsXml.write(document, result.credentials());
    document.element("AssumedPrincipal", result.assumedPrincipal());
  }
}
