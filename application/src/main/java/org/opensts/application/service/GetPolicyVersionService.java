package org.opensts.application.service;

import org.opensts.application.port.in.iam.GetPolicyVersionCommand;
import org.opensts.application.port.in.iam.GetPolicyVersionResult;
import org.opensts.application.port.in.iam.GetPolicyVersionUseCase;
import org.opensts.domain.error.EntityException;
import org.opensts.domain.iam.ManagedPolicy;

/** GetPolicyVersion: the document of a policy's only version, v1, exactly as it was given. */
final class GetPolicyVersionService implements GetPolicyVersionUseCase {

  private final ManagedPolicies managedPolicies;

  GetPolicyVersionService(ManagedPolicies managedPolicies) {
    this.managedPolicies = managedPolicies;
  }

  @Override
  public GetPolicyVersionResult getPolicyVersion(GetPolicyVersionCommand command) {
    ManagedPolicy policy =
        managedPolicies.authorized(command.caller(), "iam:GetPolicyVersion", command.policyArn());
    if (!command.versionId().equals(ManagedPolicy.DEFAULT_VERSION_ID)) {
      throw EntityException.noSuchEntity(
          "Policy "
              + command.policyArn()
              + " version "
              + command.versionId()
              + " does not exist or is not attachable.");
    }
    return new GetPolicyVersionResult(
        policy.document().text(), ManagedPolicy.DEFAULT_VERSION_ID, true, policy.createDate());
  }
}
