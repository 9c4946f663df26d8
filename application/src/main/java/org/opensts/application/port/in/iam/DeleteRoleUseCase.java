package org.opensts.application.port.in.iam;

/** Use case: DeleteRole — deletes a role that has no inline policies left. */
public interface DeleteRoleUseCase {

  DeleteRoleResult deleteRole(DeleteRoleCommand command);
}
