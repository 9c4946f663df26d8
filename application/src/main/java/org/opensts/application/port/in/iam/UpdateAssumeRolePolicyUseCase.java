package org.opensts.application.port.in.iam;

/**
 * Use case: UpdateAssumeRolePolicy — replaces a role's trust policy; it decides the very next
 * AssumeRole.
 */
public interface UpdateAssumeRolePolicyUseCase {

  UpdateAssumeRolePolicyResult updateAssumeRolePolicy(UpdateAssumeRolePolicyCommand command);
}
