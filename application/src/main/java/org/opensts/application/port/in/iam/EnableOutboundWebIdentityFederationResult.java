package org.opensts.application.port.in.iam;

import java.util.Objects;

/**
 * @param issuerIdentifier the account's issuer URL
 */
public record EnableOutboundWebIdentityFederationResult(String issuerIdentifier) {

  public EnableOutboundWebIdentityFederationResult {
    Objects.requireNonNull(issuerIdentifier, "issuerIdentifier");
  }
}
