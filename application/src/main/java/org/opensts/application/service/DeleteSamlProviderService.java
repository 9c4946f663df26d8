package org.opensts.application.service;

import org.opensts.application.port.in.iam.DeleteSamlProviderCommand;
import org.opensts.application.port.in.iam.DeleteSamlProviderResult;
import org.opensts.application.port.in.iam.DeleteSamlProviderUseCase;
import org.opensts.application.port.out.SamlProviderStore;
import org.opensts.domain.iam.SamlProvider;

/** DeleteSAMLProvider: roles that trust the provider keep their (now dangling) trust. */
final class DeleteSamlProviderService implements DeleteSamlProviderUseCase {

  private final SamlProviderStore providers;
  private final IamProviders iamProviders;

  DeleteSamlProviderService(SamlProviderStore providers, IamProviders iamProviders) {
    this.providers = providers;
    this.iamProviders = iamProviders;
  }

  @Override
  public DeleteSamlProviderResult deleteSamlProvider(DeleteSamlProviderCommand command) {
    SamlProvider provider =
        iamProviders.authorizedSaml(
            command.caller(), "iam:DeleteSAMLProvider", command.providerArn());
    providers.delete(provider.account(), provider.name());
    return new DeleteSamlProviderResult();
  }
}
