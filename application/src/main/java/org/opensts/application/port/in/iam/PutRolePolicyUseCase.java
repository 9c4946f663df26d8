package org.opensts.application.port.in.iam;

/** Use case: PutRolePolicy — adds or replaces an inline policy of a role. */
public interface PutRolePolicyUseCase {

  PutRolePolicyResult putRolePolicy(PutRolePolicyCommand command);
}
