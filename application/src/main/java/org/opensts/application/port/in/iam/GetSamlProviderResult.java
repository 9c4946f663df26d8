package org.opensts.application.port.in.iam;

import java.util.Objects;
import org.opensts.domain.iam.SamlProvider;

/** The provider described. */
public record GetSamlProviderResult(SamlProvider provider) {

  public GetSamlProviderResult {
    Objects.requireNonNull(provider, "provider");
  }
}
