package org.opensts.domain.identity;

import java.util.Objects;
import org.opensts.domain.account.AccountId;

/**
 * Whoever presents a token or assertion a registered identity provider issued, as a role's trust
 * policy sees it: the {@code Federated} principal named by the provider's ARN ({@code
 * arn:aws:iam::ACCOUNT:oidc-provider/HOST/PATH} or {@code …:saml-provider/NAME}). It only ever asks
 * to assume a role; the session it gets is a role session.
 *
 * @param subject the token's {@code sub} or the assertion's NameID
 */
public record IdentityProviderPrincipal(AccountId account, Arn providerArn, String subject)
    implements Principal {

  public IdentityProviderPrincipal {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(providerArn, "providerArn");
    Objects.requireNonNull(subject, "subject");
  }

  @Override
  public Arn arn() {
    return providerArn;
  }

  @Override
  public String userId() {
    return subject;
  }
}
