package org.opensts.application.port.in.iam;

/**
 * Use case: DeleteOpenIDConnectProvider — removes an OpenID Connect provider from the caller's
 * account.
 */
public interface DeleteOpenIdConnectProviderUseCase {

  DeleteOpenIdConnectProviderResult deleteOpenIdConnectProvider(
      DeleteOpenIdConnectProviderCommand command);
}
