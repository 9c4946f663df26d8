package org.opensts.application.service;

import java.time.Clock;
import org.opensts.application.port.in.iam.CreateOpenIdConnectProviderCommand;
import org.opensts.application.port.in.iam.CreateOpenIdConnectProviderResult;
import org.opensts.application.port.in.iam.CreateOpenIdConnectProviderUseCase;
import org.opensts.application.port.out.OpenIdConnectProviderStore;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.error.EntityException;
import org.opensts.domain.iam.OpenIdConnectProvider;

/** CreateOpenIDConnectProvider: one provider per issuer URL per account. */
final class CreateOpenIdConnectProviderService implements CreateOpenIdConnectProviderUseCase {

  /** IAM's quota of OIDC providers per account. */
  static final int MAX_PER_ACCOUNT = 100;

  private final OpenIdConnectProviderStore providers;
  private final IamAuthorizer authorizer;
  private final Clock clock;
  private final boolean allowHttpLoopback;

  /**
   * @param allowHttpLoopback whether local identity providers ({@code http://} on a loopback host)
   *     may be registered, for development and tests
   */
  CreateOpenIdConnectProviderService(
      OpenIdConnectProviderStore providers,
      IamAuthorizer authorizer,
      Clock clock,
      boolean allowHttpLoopback) {
    this.providers = providers;
    this.authorizer = authorizer;
    this.clock = clock;
    this.allowHttpLoopback = allowHttpLoopback;
  }

  @Override
  public CreateOpenIdConnectProviderResult createOpenIdConnectProvider(
      CreateOpenIdConnectProviderCommand command) {
    String url = OpenIdConnectProvider.issuerOf(command.url(), allowHttpLoopback);
    OpenIdConnectProvider.checkLists(command.clientIds(), command.thumbprints());
    AccountId account = command.caller().principal().account();
    OpenIdConnectProvider provider =
        new OpenIdConnectProvider(
            account,
            url,
            command.clientIds().stream().distinct().toList(),
            command.thumbprints().stream().distinct().toList(),
            command.tags(),
            clock.instant());
    authorizer.authorize(
        command.caller(), "iam:CreateOpenIDConnectProvider", provider.arn().toString());
    if (providers.list(account).size() >= MAX_PER_ACCOUNT) {
      throw EntityException.limitExceeded("OpenIdConnectProvidersPerAccount", MAX_PER_ACCOUNT);
    }
    if (!providers.add(provider)) {
      throw EntityException.alreadyExists("Provider with url https://" + url + " already exists.");
    }
    return new CreateOpenIdConnectProviderResult(provider);
  }
}
