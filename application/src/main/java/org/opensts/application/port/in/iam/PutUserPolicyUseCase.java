package org.opensts.application.port.in.iam;

/** Use case: PutUserPolicy — adds or replaces an inline policy of a user. */
public interface PutUserPolicyUseCase {

  PutUserPolicyResult putUserPolicy(PutUserPolicyCommand command);
}
