package org.opensts.application.port.in.iam;

/**
 * Use case: GetOpenIDConnectProvider — describes an OpenID Connect provider of the caller's
 * account.
 */
public interface GetOpenIdConnectProviderUseCase {

  GetOpenIdConnectProviderResult getOpenIdConnectProvider(GetOpenIdConnectProviderCommand command);
}
