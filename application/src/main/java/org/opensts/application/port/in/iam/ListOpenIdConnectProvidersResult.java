package org.opensts.application.port.in.iam;

import java.util.List;
import org.opensts.domain.iam.OpenIdConnectProvider;

/** The account's providers, in ARN order. */
public record ListOpenIdConnectProvidersResult(List<OpenIdConnectProvider> providers) {

  public ListOpenIdConnectProvidersResult {
    providers = List.copyOf(providers);
  }
}
