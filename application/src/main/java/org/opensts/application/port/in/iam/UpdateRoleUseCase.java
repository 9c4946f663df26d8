package org.opensts.application.port.in.iam;

/** Use case: UpdateRole — changes a role's description or maximum session duration. */
public interface UpdateRoleUseCase {

  UpdateRoleResult updateRole(UpdateRoleCommand command);
}
