package org.opensts.application.service;

import java.util.Optional;
import org.opensts.application.port.out.OpenIdConnectProviderStore;
import org.opensts.application.port.out.SamlProviderStore;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.error.EntityException;
import org.opensts.domain.iam.OpenIdConnectProvider;
import org.opensts.domain.iam.SamlProvider;

/**
 * Finds the identity provider an IAM request names by ARN, once the caller may act on it. The ARN
 * is checked first (InvalidInput), then the caller is authorized on it, and only then is the
 * provider's absence reported; a provider ARN of another account is never found.
 */
final class IamProviders {

  private final OpenIdConnectProviderStore oidcProviders;
  private final SamlProviderStore samlProviders;
  private final IamAuthorizer authorizer;

  IamProviders(
      OpenIdConnectProviderStore oidcProviders,
      SamlProviderStore samlProviders,
      IamAuthorizer authorizer) {
    this.oidcProviders = oidcProviders;
    this.samlProviders = samlProviders;
    this.authorizer = authorizer;
  }

  /**
   * @param action such as {@code iam:GetOpenIDConnectProvider}
   */
  OpenIdConnectProvider authorizedOidc(Caller caller, String action, String arn) {
    String url = OpenIdConnectProvider.urlIn(arn);
    authorizer.authorize(caller, action, arn);
    AccountId account = caller.principal().account();
    Optional<OpenIdConnectProvider> provider =
        OpenIdConnectProvider.accountIn(arn).equals(account.value())
            ? oidcProviders.find(account, url)
            : Optional.empty();
    return provider.orElseThrow(
        () -> EntityException.noSuchEntity("OpenIDConnect Provider not found for arn " + arn));
  }

  /**
   * @param action such as {@code iam:GetSAMLProvider}
   */
  SamlProvider authorizedSaml(Caller caller, String action, String arn) {
    String name = SamlProvider.nameIn(arn);
    authorizer.authorize(caller, action, arn);
    AccountId account = caller.principal().account();
    Optional<SamlProvider> provider =
        SamlProvider.arnOf(account, name).toString().equals(arn)
            ? samlProviders.find(account, name)
            : Optional.empty();
    return provider.orElseThrow(
        () -> EntityException.noSuchEntity("Manifest not found for arn " + arn));
  }
}
