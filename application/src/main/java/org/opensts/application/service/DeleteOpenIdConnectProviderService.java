package org.opensts.application.service;

import org.opensts.application.port.in.iam.DeleteOpenIdConnectProviderCommand;
import org.opensts.application.port.in.iam.DeleteOpenIdConnectProviderResult;
import org.opensts.application.port.in.iam.DeleteOpenIdConnectProviderUseCase;
import org.opensts.application.port.out.OpenIdConnectProviderStore;
import org.opensts.domain.iam.OpenIdConnectProvider;

/** DeleteOpenIDConnectProvider: roles that trust the provider keep their (now dangling) trust. */
final class DeleteOpenIdConnectProviderService implements DeleteOpenIdConnectProviderUseCase {

  private final OpenIdConnectProviderStore providers;
  private final IamProviders iamProviders;

  DeleteOpenIdConnectProviderService(
      OpenIdConnectProviderStore providers, IamProviders iamProviders) {
    this.providers = providers;
    this.iamProviders = iamProviders;
  }

  @Override
  public DeleteOpenIdConnectProviderResult deleteOpenIdConnectProvider(
      DeleteOpenIdConnectProviderCommand command) {
    OpenIdConnectProvider provider =
        iamProviders.authorizedOidc(
            command.caller(), "iam:DeleteOpenIDConnectProvider", command.providerArn());
    providers.delete(provider.account(), provider.url());
    return new DeleteOpenIdConnectProviderResult();
  }
}
