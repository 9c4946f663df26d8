package org.opensts.application.port.in.iam;

/**
 * Use case: ListOpenIDConnectProviders — the ARNs of the caller's account's OpenID Connect
 * providers.
 */
public interface ListOpenIdConnectProvidersUseCase {

  ListOpenIdConnectProvidersResult listOpenIdConnectProviders(
      ListOpenIdConnectProvidersCommand command);
}
