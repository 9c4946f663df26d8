package org.opensts.application.service;

import org.opensts.application.port.in.iam.PutRolePermissionsBoundaryCommand;
import org.opensts.application.port.in.iam.PutRolePermissionsBoundaryResult;
import org.opensts.application.port.in.iam.PutRolePermissionsBoundaryUseCase;
import org.opensts.application.port.out.RoleStore;
import org.opensts.domain.iam.PermissionsBoundary;
import org.opensts.domain.iam.Role;

/**
 * PutRolePermissionsBoundary: records the boundary policy's ARN on the role, replacing any other.
 */
final class PutRolePermissionsBoundaryService implements PutRolePermissionsBoundaryUseCase {

  private final RoleStore roles;
  private final IamRoles iamRoles;

  PutRolePermissionsBoundaryService(RoleStore roles, IamRoles iamRoles) {
    this.roles = roles;
    this.iamRoles = iamRoles;
  }

  @Override
  public PutRolePermissionsBoundaryResult putRolePermissionsBoundary(
      PutRolePermissionsBoundaryCommand command) {
    Role role =
        iamRoles.authorized(command.caller(), "iam:PutRolePermissionsBoundary", command.roleName());
    roles.save(
        role.withPermissionsBoundary(PermissionsBoundary.policy(command.permissionsBoundary())));
    return new PutRolePermissionsBoundaryResult();
  }
}
