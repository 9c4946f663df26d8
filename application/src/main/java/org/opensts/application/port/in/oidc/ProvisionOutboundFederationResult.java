package org.opensts.application.port.in.oidc;

import java.util.Objects;

/**
 * @param issuerId the account's issuer id; not its URL, since the bootstrap runs before the server
 *     knows the port it listens on
 */
public record ProvisionOutboundFederationResult(String issuerId) {

  public ProvisionOutboundFederationResult {
    Objects.requireNonNull(issuerId, "issuerId");
  }
}
