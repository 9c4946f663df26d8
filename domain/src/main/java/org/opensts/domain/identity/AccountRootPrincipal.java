package org.opensts.domain.identity;

import java.util.Objects;
import org.opensts.domain.account.AccountId;

/** The account's root user: {@code arn:aws:iam::ACCOUNT:root}, user id = the account id. */
public record AccountRootPrincipal(AccountId account) implements Principal {

  public AccountRootPrincipal {
    Objects.requireNonNull(account, "account");
  }

  @Override
  public Arn arn() {
    return Arn.iam(account.value(), "root");
  }

  @Override
  public String userId() {
    return account.value();
  }
}
