package org.opensts.application.port.in.iam;

/** Use case: DetachRolePolicy — detaches a managed policy from a role. */
public interface DetachRolePolicyUseCase {

  DetachRolePolicyResult detachRolePolicy(DetachRolePolicyCommand command);
}
