package org.opensts.application.port.in.iam;

/** Use case: DeleteRolePermissionsBoundary — removes a role's permissions boundary. */
public interface DeleteRolePermissionsBoundaryUseCase {

  DeleteRolePermissionsBoundaryResult deleteRolePermissionsBoundary(
      DeleteRolePermissionsBoundaryCommand command);
}
