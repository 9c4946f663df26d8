package org.opensts.application.port.in.oidc;

import java.util.Objects;

/**
 * @param openIdConfiguration the JSON of {@code /.well-known/openid-configuration}
 * @param jwks the JSON of {@code /.well-known/jwks.json}
 */
public record GetIssuerMetadataResult(String openIdConfiguration, String jwks) {

  public GetIssuerMetadataResult {
    Objects.requireNonNull(openIdConfiguration, "openIdConfiguration");
    Objects.requireNonNull(jwks, "jwks");
  }
}
