package org.opensts.application.port.in.iam;

/**
 * Use case: CreateOpenIDConnectProvider — registers an OpenID Connect identity provider (an issuer
 * URL, its audiences and CA thumbprints) in the caller's account.
 */
public interface CreateOpenIdConnectProviderUseCase {

  CreateOpenIdConnectProviderResult createOpenIdConnectProvider(
      CreateOpenIdConnectProviderCommand command);
}
