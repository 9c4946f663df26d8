package org.opensts.application.port.in.oidc;

import java.util.Objects;

/**
 * @param issuerId the last segment of the issuer URL, as requested; anything may arrive here
 */
public record GetIssuerMetadataCommand(String issuerId) {

  public GetIssuerMetadataCommand {
    Objects.requireNonNull(issuerId, "issuerId");
  }
}
