package org.opensts.application.service;

import org.opensts.application.port.in.iam.DetachUserPolicyCommand;
import org.opensts.application.port.in.iam.DetachUserPolicyResult;
import org.opensts.application.port.in.iam.DetachUserPolicyUseCase;
import org.opensts.domain.iam.User;

/** DetachUserPolicy: detaches a managed policy from the user. */
final class DetachUserPolicyService implements DetachUserPolicyUseCase {

  private final IamUsers iamUsers;
  private final ManagedPolicies managedPolicies;

  DetachUserPolicyService(IamUsers iamUsers, ManagedPolicies managedPolicies) {
    this.iamUsers = iamUsers;
    this.managedPolicies = managedPolicies;
  }

  @Override
  public DetachUserPolicyResult detachUserPolicy(DetachUserPolicyCommand command) {
    User user = iamUsers.authorized(command.caller(), "iam:DetachUserPolicy", command.userName());
    managedPolicies.detach(command.policyArn(), user.principal().arn().toString());
    return new DetachUserPolicyResult();
  }
}
