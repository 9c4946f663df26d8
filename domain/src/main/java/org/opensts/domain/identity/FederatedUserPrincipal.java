package org.opensts.domain.identity;

import java.util.Objects;
import org.opensts.domain.account.AccountId;

/**
 * A federated user from GetFederationToken: {@code arn:aws:sts::ACCOUNT:federated-user/NAME}, user
 * id {@code ACCOUNT:NAME}. It acts with at most the permissions of the IAM user (or root) whose
 * long-term key asked for it, its {@code parent}.
 */
public record FederatedUserPrincipal(AccountId account, String name, Principal parent)
    implements Principal {

  public FederatedUserPrincipal {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(parent, "parent");
    if (!(parent instanceof IamUserPrincipal || parent instanceof AccountRootPrincipal)) {
      throw new IllegalArgumentException("Only an IAM user or the root federates users");
    }
    if (!parent.account().equals(account)) {
      throw new IllegalArgumentException("A federated user belongs to its parent's account");
    }
  }

  @Override
  public Arn arn() {
    return Arn.sts(account.value(), "federated-user/" + name);
  }

  @Override
  public String userId() {
    return account.value() + ":" + name;
  }

  /** True when the root federated this user, so that it may act with the root's authority. */
  public boolean isRootFederated() {
    return parent instanceof AccountRootPrincipal;
  }
}
