package org.opensts.domain.identity;

import java.util.Objects;
import org.opensts.domain.account.AccountId;

/** An IAM user: {@code arn:aws:iam::ACCOUNT:user/PATH/NAME}, user id {@code AIDA…}. */
public record IamUserPrincipal(AccountId account, String userId, IamPath path, String userName)
    implements Principal {

  public IamUserPrincipal {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(userName, "userName");
  }

  @Override
  public Arn arn() {
    return Arn.iam(account.value(), "user" + path.value() + userName);
  }
}
