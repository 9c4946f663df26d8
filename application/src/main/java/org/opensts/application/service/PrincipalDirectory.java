package org.opensts.application.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.opensts.application.port.out.PolicyStore;
import org.opensts.application.port.out.RoleStore;
import org.opensts.application.port.out.UserStore;
import org.opensts.domain.iam.ManagedPolicy;
import org.opensts.domain.iam.PermissionsBoundary;
import org.opensts.domain.iam.Role;
import org.opensts.domain.iam.User;
import org.opensts.domain.identity.AssumedRolePrincipal;
import org.opensts.domain.identity.FederatedUserPrincipal;
import org.opensts.domain.identity.IamUserPrincipal;
import org.opensts.domain.identity.Principal;
import org.opensts.domain.identity.Tag;
import org.opensts.domain.policy.PolicyDocument;
import org.opensts.domain.policy.PolicyLayer;

/**
 * What the stores know about a principal: a user's own policies and tags, a role session's role's,
 * a federated user's parent user's. The account root has none; identity policies do not govern it.
 * A user or role deleted and re-created under the same name is a different principal and gets
 * nothing.
 */
final class PrincipalDirectory {

  private final UserStore users;
  private final RoleStore roles;
  private final PolicyStore policies;

  PrincipalDirectory(UserStore users, RoleStore roles, PolicyStore policies) {
    this.users = users;
    this.roles = roles;
    this.policies = policies;
  }

  /** Inline policies and the documents of the attached managed policies. */
  List<PolicyDocument> identityPolicies(Principal principal) {
    Optional<User> user = user(principal);
    if (user.isPresent()) {
      return withAttached(user.get().identityPolicies(), user.get().principal().arn().toString());
    }
    return role(principal)
        .map(role -> withAttached(role.identityPolicies(), role.arn().toString()))
        .orElse(List.of());
  }

  /**
   * The permissions boundary of a role session's role: absent when none is set, and a layer that
   * allows nothing when its ARN names no policy of the account (a missing boundary must not widen
   * what the role may do).
   */
  PolicyLayer permissionsBoundary(Principal principal) {
    PermissionsBoundary boundary =
        role(principal).map(Role::permissionsBoundary).orElse(PermissionsBoundary.NONE);
    if (!boundary.isSet()) {
      return PolicyLayer.ABSENT;
    }
    return policies
        .find(boundary.policyArn())
        .filter(policy -> policy.account().equals(principal.account()))
        .map(policy -> PolicyLayer.of(policy.document()))
        .orElseGet(() -> PolicyLayer.of(List.of()));
  }

  private List<PolicyDocument> withAttached(List<PolicyDocument> inline, String entityArn) {
    List<ManagedPolicy> attached = policies.attachedTo(entityArn);
    if (attached.isEmpty()) {
      return inline;
    }
    List<PolicyDocument> all = new ArrayList<>(inline.size() + attached.size());
    all.addAll(inline);
    for (ManagedPolicy policy : attached) {
      all.add(policy.document());
    }
    return List.copyOf(all);
  }

  /** The tags policies see as {@code aws:PrincipalTag/…}. */
  List<Tag> tags(Principal principal) {
    return user(principal)
        .map(User::tags)
        .or(() -> role(principal).map(Role::tags))
        .orElse(List.of());
  }

  private Optional<User> user(Principal principal) {
    if (principal instanceof FederatedUserPrincipal federated) {
      return user(federated.parent());
    }
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
