package org.opensts.application.service;

import java.util.Comparator;
import org.opensts.application.port.in.iam.ListSamlProvidersCommand;
import org.opensts.application.port.in.iam.ListSamlProvidersResult;
import org.opensts.application.port.in.iam.ListSamlProvidersUseCase;
import org.opensts.application.port.out.SamlProviderStore;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.iam.SamlProvider;
import org.opensts.domain.identity.Arn;

/** ListSAMLProviders: all of the account's providers, in name order (IAM does not page). */
final class ListSamlProvidersService implements ListSamlProvidersUseCase {

  private final SamlProviderStore providers;
  private final IamAuthorizer authorizer;

  ListSamlProvidersService(SamlProviderStore providers, IamAuthorizer authorizer) {
    this.providers = providers;
    this.authorizer = authorizer;
  }

  @Override
  public ListSamlProvidersResult listSamlProviders(ListSamlProvidersCommand command) {
    AccountId account = command.caller().principal().account();
    authorizer.authorize(
        command.caller(),
        "iam:ListSAMLProviders",
        Arn.iam(account.value(), "saml-provider/").toString());
    return new ListSamlProvidersResult(
        providers.list(account).stream().sorted(Comparator.comparing(SamlProvider::name)).toList());
  }
}
