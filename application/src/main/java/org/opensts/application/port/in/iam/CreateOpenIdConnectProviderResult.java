package org.opensts.application.port.in.iam;

import java.util.Objects;
import org.opensts.domain.iam.OpenIdConnectProvider;

/** The new provider. */
public record CreateOpenIdConnectProviderResult(OpenIdConnectProvider provider) {

  public CreateOpenIdConnectProviderResult {
    Objects.requireNonNull(provider, "provider");
  }
}
