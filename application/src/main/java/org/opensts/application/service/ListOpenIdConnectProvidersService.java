package org.opensts.application.service;

import java.util.Comparator;
import org.opensts.application.port.in.iam.ListOpenIdConnectProvidersCommand;
import org.opensts.application.port.in.iam.ListOpenIdConnectProvidersResult;
import org.opensts.application.port.in.iam.ListOpenIdConnectProvidersUseCase;
import org.opensts.application.port.out.OpenIdConnectProviderStore;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.iam.OpenIdConnectProvider;
import org.opensts.domain.identity.Arn;

/** ListOpenIDConnectProviders: all of the account's providers, in ARN order (IAM does not page). */
final class ListOpenIdConnectProvidersService implements ListOpenIdConnectProvidersUseCase {

  private final OpenIdConnectProviderStore providers;
  private final IamAuthorizer authorizer;

  ListOpenIdConnectProvidersService(
      OpenIdConnectProviderStore providers, IamAuthorizer authorizer) {
    this.providers = providers;
    this.authorizer = authorizer;
  }

  @Override
  public ListOpenIdConnectProvidersResult listOpenIdConnectProviders(
      ListOpenIdConnectProvidersCommand command) {
    AccountId account = command.caller().principal().account();
    authorizer.authorize(
        command.caller(),
        "iam:ListOpenIDConnectProviders",
        Arn.iam(account.value(), "oidc-provider/").toString());
    return new ListOpenIdConnectProvidersResult(
        providers.list(account).stream()
            .sorted(Comparator.comparing(OpenIdConnectProvider::url))
            .toList());
  }
}
