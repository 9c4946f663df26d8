package org.opensts.application.port.in.iam;

/** Use case: DeleteRolePolicy — deletes an inline policy of a role. */
public interface DeleteRolePolicyUseCase {

  DeleteRolePolicyResult deleteRolePolicy(DeleteRolePolicyCommand command);
}
