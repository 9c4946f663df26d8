package org.opensts.application.service;

import org.opensts.application.port.in.iam.GetSamlProviderCommand;
import org.opensts.application.port.in.iam.GetSamlProviderResult;
import org.opensts.application.port.in.iam.GetSamlProviderUseCase;

/** GetSAMLProvider: the provider the ARN names, once the caller may read it. */
final class GetSamlProviderService implements GetSamlProviderUseCase {

  private final IamProviders iamProviders;

  GetSamlProviderService(IamProviders iamProviders) {
    this.iamProviders = iamProviders;
  }

  @Override
  public GetSamlProviderResult getSamlProvider(GetSamlProviderCommand command) {
    return new GetSamlProviderResult(
        iamProviders.authorizedSaml(
            command.caller(), "iam:GetSAMLProvider", command.providerArn()));
  }
}
