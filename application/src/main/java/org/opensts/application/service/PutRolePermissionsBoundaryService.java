package org.opensts.application.service;

import org.opensts.application.port.in.iam.PutRolePermissionsBoundaryCommand;
import org.opensts.application.port.in.iam.PutRolePermissionsBoundaryResult;
import org.opensts.application.port.in.iam.PutRolePermissionsBoundaryUseCase;
import org.opensts.application.port.out.RoleStore;
import org.opensts.domain.error.EntityException;
import org.opensts.domain.iam.PermissionsBoundary;
import org.opensts.domain.iam.Role;

/**
 * PutRolePermissionsBoundary: records the boundary policy's ARN on the role, replacing any other;
 * the policy must exist in the role's account.
 */
final class PutRolePermissionsBoundaryService implements PutRolePermissionsBoundaryUseCase {

  private final RoleStore roles;
  private final IamRoles iamRoles;
  private final ManagedPolicies managedPolicies;

  PutRolePermissionsBoundaryService(
      RoleStore roles, IamRoles iamRoles, ManagedPolicies managedPolicies) {
    this.roles = roles;
    this.iamRoles = iamRoles;
    this.managedPolicies = managedPolicies;
  }

  @Override
  public PutRolePermissionsBoundaryResult putRolePermissionsBoundary(
      PutRolePermissionsBoundaryCommand command) {
    Role role =
        iamRoles.authorized(command.caller(), "iam:PutRolePermissionsBoundary", command.roleName());
    if (managedPolicies.find(role.account(), command.permissionsBoundary()).isEmpty()) {
      throw EntityException.noSuchEntity(
          "Scope ARN: " + command.permissionsBoundary() + " does not exist or is not attachable.");
    }
    roles.save(
        role.withPermissionsBoundary(PermissionsBoundary.policy(command.permissionsBoundary())));
    return new PutRolePermissionsBoundaryResult();
  }
}
