package org.opensts.application.port.in.iam;

import java.util.Objects;
import org.opensts.domain.iam.OpenIdConnectProvider;

/** The provider described. */
public record GetOpenIdConnectProviderResult(OpenIdConnectProvider provider) {

  public GetOpenIdConnectProviderResult {
    Objects.requireNonNull(provider, "provider");
  }
}
