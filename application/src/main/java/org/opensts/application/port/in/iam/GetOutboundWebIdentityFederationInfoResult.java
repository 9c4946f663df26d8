package org.opensts.application.port.in.iam;

import java.util.Objects;

/**
 * @param issuerIdentifier the account's issuer URL, kept while the feature is disabled
 * @param jwtVendingEnabled whether GetWebIdentityToken is enabled
 */
public record GetOutboundWebIdentityFederationInfoResult(
    String issuerIdentifier, boolean jwtVendingEnabled) {

  public GetOutboundWebIdentityFederationInfoResult {
    Objects.requireNonNull(issuerIdentifier, "issuerIdentifier");
  }
}
