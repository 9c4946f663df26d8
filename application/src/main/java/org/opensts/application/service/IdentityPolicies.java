package org.opensts.application.service;

import java.util.List;
import org.opensts.application.port.out.RoleStore;
import org.opensts.application.port.out.UserStore;
import org.opensts.domain.iam.Role;
import org.opensts.domain.iam.User;
import org.opensts.domain.identity.AccountRootPrincipal;
import org.opensts.domain.identity.AssumedRolePrincipal;
import org.opensts.domain.identity.IamUserPrincipal;
import org.opensts.domain.identity.Principal;
import org.opensts.domain.policy.Decision;
import org.opensts.domain.policy.PolicyDocument;
import org.opensts.domain.policy.PolicyEvaluator;
import org.opensts.domain.policy.RequestContext;

/**
 * Evaluates the identity-based policies of a principal: a user's own, a role session's role's. The
 * account root is not governed by identity policies.
 */
final class IdentityPolicies {

  private final UserStore users;
  private final RoleStore roles;

  IdentityPolicies(UserStore users, RoleStore roles) {
    this.users = users;
    this.roles = roles;
  }

  Decision evaluate(RequestContext request) {
    Principal principal = request.principal();
    if (principal instanceof AccountRootPrincipal) {
      return Decision.allowAll();
    }
    return PolicyEvaluator.evaluate(request, policiesOf(principal));
  }

  private List<PolicyDocument> policiesOf(Principal principal) {
    if (principal instanceof IamUserPrincipal user) {
      return users
          .find(user.account(), user.userName())
          .filter(found -> found.userId().equals(user.userId()))
          .map(User::identityPolicies)
          .orElse(List.of());
    }
    if (principal instanceof AssumedRolePrincipal session) {
      return roles
          .find(session.account(), session.roleName())
          .filter(found -> found.roleId().equals(session.roleId()))
          .map(Role::identityPolicies)
          .orElse(List.of());
    }
    return List.of();
  }
}
