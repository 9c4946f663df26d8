package org.opensts.application.port.in.iam;

/** Use case: AttachUserPolicy — attaches a managed policy to a user, at most 10 per user. */
public interface AttachUserPolicyUseCase {

  AttachUserPolicyResult attachUserPolicy(AttachUserPolicyCommand command);
}
