package org.opensts.application.service;

import org.opensts.application.port.in.iam.AttachUserPolicyCommand;
import org.opensts.application.port.in.iam.AttachUserPolicyResult;
import org.opensts.application.port.in.iam.AttachUserPolicyUseCase;
import org.opensts.domain.iam.User;

/** AttachUserPolicy: attaches a policy of the account to the user, at most 10 per user. */
final class AttachUserPolicyService implements AttachUserPolicyUseCase {

  private final IamUsers iamUsers;
  private final ManagedPolicies managedPolicies;

  AttachUserPolicyService(IamUsers iamUsers, ManagedPolicies managedPolicies) {
    this.iamUsers = iamUsers;
    this.managedPolicies = managedPolicies;
  }

  @Override
  public AttachUserPolicyResult attachUserPolicy(AttachUserPolicyCommand command) {
    User user = iamUsers.authorized(command.caller(), "iam:AttachUserPolicy", command.userName());
    managedPolicies.attach(
        user.account(), command.policyArn(), user.principal().arn().toString(), "PoliciesPerUser");
    return new AttachUserPolicyResult();
  }
}
