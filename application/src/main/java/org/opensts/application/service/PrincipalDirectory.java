package org.opensts.application.service;

import java.util.List;
import java.util.Optional;
import org.opensts.application.port.out.RoleStore;
import org.opensts.application.port.out.UserStore;
import org.opensts.domain.iam.Role;
import org.opensts.domain.iam.User;
import org.opensts.domain.identity.AssumedRolePrincipal;
import org.opensts.domain.identity.IamUserPrincipal;
import org.opensts.domain.identity.Principal;
import org.opensts.domain.identity.Tag;
import org.opensts.domain.policy.PolicyDocument;

/**
 * What the stores know about a principal: a user's own policies and tags, a role session's role's.
 * The account root has none; identity policies do not govern it. A user or role deleted and
 * re-created under the same name is a different principal and gets nothing.
 */
final class PrincipalDirectory {

  private final UserStore users;
  private final RoleStore roles;

  PrincipalDirectory(UserStore users, RoleStore roles) {
    this.users = users;
    this.roles = roles;
  }

  List<PolicyDocument> identityPolicies(Principal principal) {
    return user(principal)
        .map(User::identityPolicies)
        .or(() -> role(principal).map(Role::identityPolicies))
        .orElse(List.of());
  }

  /** The tags policies see as {@code aws:PrincipalTag/…}. */
  List<Tag> tags(Principal principal) {
    return user(principal)
        .map(User::tags)
        .or(() -> role(principal).map(Role::tags))
        .orElse(List.of());
  }

  private Optional<User> user(Principal principal) {
    if (principal instanceof IamUserPrincipal user) {
      return users
          .find(user.account(), user.userName())
          .filter(found -> found.userId().equals(user.userId()));
    }
    return Optional.empty();
  }

  private Optional<Role> role(Principal principal) {
    if (principal instanceof AssumedRolePrincipal session) {
      return roles
          .find(session.account(), session.roleName())
          .filter(found -> found.roleId().equals(session.roleId()));
    }
    return Optional.empty();
  }
}
