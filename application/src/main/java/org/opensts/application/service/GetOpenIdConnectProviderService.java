package org.opensts.application.service;

import org.opensts.application.port.in.iam.GetOpenIdConnectProviderCommand;
import org.opensts.application.port.in.iam.GetOpenIdConnectProviderResult;
import org.opensts.application.port.in.iam.GetOpenIdConnectProviderUseCase;

/** GetOpenIDConnectProvider: the provider the ARN names, once the caller may read it. */
final class GetOpenIdConnectProviderService implements GetOpenIdConnectProviderUseCase {

  private final IamProviders iamProviders;

  GetOpenIdConnectProviderService(IamProviders iamProviders) {
    this.iamProviders = iamProviders;
  }

  @Override
  public GetOpenIdConnectProviderResult getOpenIdConnectProvider(
      GetOpenIdConnectProviderCommand command) {
    return new GetOpenIdConnectProviderResult(
        iamProviders.authorizedOidc(
            command.caller(), "iam:GetOpenIDConnectProvider", command.providerArn()));
  }
}
