package org.opensts.application.port.in.iam;

/** Use case: GetRolePolicy — returns an inline policy of a role, as it was given. */
public interface GetRolePolicyUseCase {

  GetRolePolicyResult getRolePolicy(GetRolePolicyCommand command);
}
