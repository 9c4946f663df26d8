package org.opensts.application.service;

import org.opensts.application.port.in.iam.GetPolicyCommand;
import org.opensts.application.port.in.iam.GetPolicyResult;
import org.opensts.application.port.in.iam.GetPolicyUseCase;

/** GetPolicy: a managed policy of the caller's account. */
final class GetPolicyService implements GetPolicyUseCase {

  private final ManagedPolicies managedPolicies;

  GetPolicyService(ManagedPolicies managedPolicies) {
    this.managedPolicies = managedPolicies;
  }

  @Override
  public GetPolicyResult getPolicy(GetPolicyCommand command) {
    return new GetPolicyResult(
        managedPolicies.authorized(command.caller(), "iam:GetPolicy", command.policyArn()));
  }
}
