package org.opensts.application.service;

import org.opensts.application.port.in.iam.GetUserPolicyCommand;
import org.opensts.application.port.in.iam.GetUserPolicyResult;
import org.opensts.application.port.in.iam.GetUserPolicyUseCase;
import org.opensts.domain.iam.User;
import org.opensts.domain.policy.PolicyDocument;

/** GetUserPolicy: an inline policy of a user, exactly as it was given. */
final class GetUserPolicyService implements GetUserPolicyUseCase {

  private final IamUsers iamUsers;

  GetUserPolicyService(IamUsers iamUsers) {
    this.iamUsers = iamUsers;
  }

  @Override
  public GetUserPolicyResult getUserPolicy(GetUserPolicyCommand command) {
    User user = iamUsers.authorized(command.caller(), "iam:GetUserPolicy", command.userName());
    PolicyDocument policy =
        InlinePolicies.existing(user.inlinePolicies(), "user", command.policyName());
    return new GetUserPolicyResult(user.name(), command.policyName(), policy.text());
  }
}
