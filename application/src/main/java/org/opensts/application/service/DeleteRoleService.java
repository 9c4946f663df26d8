package org.opensts.application.service;

import org.opensts.application.port.in.iam.DeleteRoleCommand;
import org.opensts.application.port.in.iam.DeleteRoleResult;
import org.opensts.application.port.in.iam.DeleteRoleUseCase;
import org.opensts.application.port.out.RoleStore;
import org.opensts.domain.error.EntityException;
import org.opensts.domain.iam.Role;

/**
 * DeleteRole: only a role without inline or attached policies, as IAM insists. Sessions already
 * issued for it keep their credentials but lose its policies, since a re-created role is another
 * principal.
 */
final class DeleteRoleService implements DeleteRoleUseCase {

  private final RoleStore roles;
  private final IamRoles iamRoles;
  private final ManagedPolicies managedPolicies;

  DeleteRoleService(RoleStore roles, IamRoles iamRoles, ManagedPolicies managedPolicies) {
    this.roles = roles;
    this.iamRoles = iamRoles;
    this.managedPolicies = managedPolicies;
  }

  @Override
  public DeleteRoleResult deleteRole(DeleteRoleCommand command) {
    Role role = iamRoles.authorized(command.caller(), "iam:DeleteRole", command.roleName());
    if (!role.inlinePolicies().isEmpty()) {
      throw EntityException.deleteConflict("Cannot delete entity, must delete policies first.");
    }
    managedPolicies.checkNoneAttached(role.arn().toString());
    roles.delete(role.account(), role.name());
    return new DeleteRoleResult();
  }
}
