package org.opensts.application.port.in.iam;

/** Use case: AttachRolePolicy — attaches a managed policy to a role, at most 10 per role. */
public interface AttachRolePolicyUseCase {

  AttachRolePolicyResult attachRolePolicy(AttachRolePolicyCommand command);
}
