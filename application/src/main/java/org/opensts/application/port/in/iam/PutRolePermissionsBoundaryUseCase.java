package org.opensts.application.port.in.iam;

/**
 * Use case: PutRolePermissionsBoundary — sets the managed policy that caps a role's permissions.
 */
public interface PutRolePermissionsBoundaryUseCase {

  PutRolePermissionsBoundaryResult putRolePermissionsBoundary(
      PutRolePermissionsBoundaryCommand command);
}
