package org.opensts.application.service;

import java.util.Optional;
import org.opensts.application.port.out.RoleStore;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.error.EntityException;
import org.opensts.domain.iam.Role;
import org.opensts.domain.identity.IamPath;

/**
 * Finds the role an IAM request names, once the caller may act on it. The caller is authorized
 * before the role's absence is reported, so a caller without permission learns nothing about which
 * roles exist: AWS answers AccessDenied either way.
 */
final class IamRoles {

  private final RoleStore roles;
  private final IamAuthorizer authorizer;

  IamRoles(RoleStore roles, IamAuthorizer authorizer) {
    this.roles = roles;
    this.authorizer = authorizer;
  }

  /**
   * The role of that name in the caller's account, authorized on its ARN; a role that does not
   * exist is authorized on the ARN it would have at path {@code /}.
   *
   * @param action such as {@code iam:GetRole}
   */
  Role authorized(Caller caller, String action, String roleName) {
    AccountId account = caller.principal().account();
    Optional<Role> role = roles.find(account, roleName);
    String arn =
        role.map(Role::arn).orElseGet(() -> Role.arn(account, IamPath.ROOT, roleName)).toString();
    authorizer.authorize(caller, action, arn);
    return role.orElseThrow(
        () -> EntityException.noSuchEntity("The role with name " + roleName + " cannot be found."));
  }
}
