package org.opensts.application.port.in.iam;

/** Use case: DetachUserPolicy — detaches a managed policy from a user. */
public interface DetachUserPolicyUseCase {

  DetachUserPolicyResult detachUserPolicy(DetachUserPolicyCommand command);
}
