package org.opensts.application.port.in.iam;

/** Use case: GetUserPolicy — returns an inline policy of a user, as it was given. */
public interface GetUserPolicyUseCase {

  GetUserPolicyResult getUserPolicy(GetUserPolicyCommand command);
}
