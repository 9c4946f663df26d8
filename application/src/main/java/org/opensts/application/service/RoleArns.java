package org.opensts.application.service;

import java.util.Optional;
import org.opensts.application.port.out.RoleStore;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.iam.Role;
import org.opensts.domain.identity.Arn;

/** Finds the role an ARN names: an IAM role ARN whose account, path and name all match. */
final class RoleArns {

  private RoleArns() {}

  static Optional<Role> find(RoleStore roles, Arn arn) {
    if (!arn.partition().equals(Arn.PARTITION)
        || !arn.service().equals("iam")
        || !arn.region().isEmpty()
        || !AccountId.isValid(arn.account())
        || !arn.resource().startsWith("role/")) {
      return Optional.empty();
    }
    String name = arn.resource().substring(arn.resource().lastIndexOf('/') + 1);
    return roles.find(AccountId.of(arn.account()), name).filter(role -> role.arn().equals(arn));
  }
}
