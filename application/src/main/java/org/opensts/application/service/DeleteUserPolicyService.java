package org.opensts.application.service;

import org.opensts.application.port.in.iam.DeleteUserPolicyCommand;
import org.opensts.application.port.in.iam.DeleteUserPolicyResult;
import org.opensts.application.port.in.iam.DeleteUserPolicyUseCase;
import org.opensts.application.port.out.UserStore;
import org.opensts.domain.iam.User;

/** DeleteUserPolicy: removes an inline policy of a user; it no longer governs the next request. */
final class DeleteUserPolicyService implements DeleteUserPolicyUseCase {

  private final UserStore users;
  private final IamUsers iamUsers;

  DeleteUserPolicyService(UserStore users, IamUsers iamUsers) {
    this.users = users;
    this.iamUsers = iamUsers;
  }

  @Override
  public DeleteUserPolicyResult deleteUserPolicy(DeleteUserPolicyCommand command) {
    User user = iamUsers.authorized(command.caller(), "iam:DeleteUserPolicy", command.userName());
    InlinePolicies.existing(user.inlinePolicies(), "user", command.policyName());
    users.save(user.withoutInlinePolicy(command.policyName()));
    return new DeleteUserPolicyResult();
  }
}
