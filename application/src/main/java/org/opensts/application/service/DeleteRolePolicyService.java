package org.opensts.application.service;

import org.opensts.application.port.in.iam.DeleteRolePolicyCommand;
import org.opensts.application.port.in.iam.DeleteRolePolicyResult;
import org.opensts.application.port.in.iam.DeleteRolePolicyUseCase;
import org.opensts.application.port.out.RoleStore;
import org.opensts.domain.iam.Role;

/** DeleteRolePolicy: removes an inline policy of a role; it no longer governs the next request. */
final class DeleteRolePolicyService implements DeleteRolePolicyUseCase {

  private final RoleStore roles;
  private final IamRoles iamRoles;

  DeleteRolePolicyService(RoleStore roles, IamRoles iamRoles) {
    this.roles = roles;
    this.iamRoles = iamRoles;
  }

  @Override
  public DeleteRolePolicyResult deleteRolePolicy(DeleteRolePolicyCommand command) {
    Role role = iamRoles.authorized(command.caller(), "iam:DeleteRolePolicy", command.roleName());
    InlinePolicies.existing(role.inlinePolicies(), "role", command.policyName());
    roles.save(role.withoutInlinePolicy(command.policyName()));
    return new DeleteRolePolicyResult();
  }
}
