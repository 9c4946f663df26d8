package org.opensts.application.port.in.iam;

/** Use case: GetPolicy — describes a managed policy of the caller's account. */
public interface GetPolicyUseCase {

  GetPolicyResult getPolicy(GetPolicyCommand command);
}
