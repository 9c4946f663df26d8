package org.opensts.application.port.in.iam;

import java.util.Objects;
import org.opensts.domain.iam.SamlProvider;

/** The new provider. */
public record CreateSamlProviderResult(SamlProvider provider) {

  public CreateSamlProviderResult {
    Objects.requireNonNull(provider, "provider");
  }
}
