package org.opensts.application.port.in.iam;

import java.util.List;
import org.opensts.domain.iam.SamlProvider;

/** The account's providers, in name order. */
public record ListSamlProvidersResult(List<SamlProvider> providers) {

  public ListSamlProvidersResult {
    providers = List.copyOf(providers);
  }
}
