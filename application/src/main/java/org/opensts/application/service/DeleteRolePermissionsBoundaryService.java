package org.opensts.application.service;

import org.opensts.application.port.in.iam.DeleteRolePermissionsBoundaryCommand;
import org.opensts.application.port.in.iam.DeleteRolePermissionsBoundaryResult;
import org.opensts.application.port.in.iam.DeleteRolePermissionsBoundaryUseCase;
import org.opensts.application.port.out.RoleStore;
import org.opensts.domain.iam.PermissionsBoundary;
import org.opensts.domain.iam.Role;

/**
 * DeleteRolePermissionsBoundary: the role has no boundary afterwards, whether it had one or not.
 */
final class DeleteRolePermissionsBoundaryService implements DeleteRolePermissionsBoundaryUseCase {

  private final RoleStore roles;
  private final IamRoles iamRoles;

  DeleteRolePermissionsBoundaryService(RoleStore roles, IamRoles iamRoles) {
    this.roles = roles;
    this.iamRoles = iamRoles;
  }

  @Override
  public DeleteRolePermissionsBoundaryResult deleteRolePermissionsBoundary(
      DeleteRolePermissionsBoundaryCommand command) {
    Role role =
        iamRoles.authorized(
            command.caller(), "iam:DeleteRolePermissionsBoundary", command.roleName());
    roles.save(role.withPermissionsBoundary(PermissionsBoundary.NONE));
    return new DeleteRolePermissionsBoundaryResult();
  }
}
