package org.opensts.application.service;

import org.opensts.application.port.in.iam.PutUserPolicyCommand;
import org.opensts.application.port.in.iam.PutUserPolicyResult;
import org.opensts.application.port.in.iam.PutUserPolicyUseCase;
import org.opensts.application.port.out.PolicyDocumentParser;
import org.opensts.application.port.out.UserStore;
import org.opensts.domain.iam.User;
import org.opensts.domain.policy.PolicyKind;

/**
 * PutUserPolicy: adds an inline identity policy to a user, or replaces the one of that name. It
 * governs the user's very next request.
 */
final class PutUserPolicyService implements PutUserPolicyUseCase {

  private final UserStore users;
  private final IamUsers iamUsers;
  private final PolicyDocumentParser parser;

  PutUserPolicyService(UserStore users, IamUsers iamUsers, PolicyDocumentParser parser) {
    this.users = users;
    this.iamUsers = iamUsers;
    this.parser = parser;
  }

  @Override
  public PutUserPolicyResult putUserPolicy(PutUserPolicyCommand command) {
    User user = iamUsers.authorized(command.caller(), "iam:PutUserPolicy", command.userName());
    users.save(
        user.withInlinePolicy(
            command.policyName(), parser.parse(command.policyDocument(), PolicyKind.IDENTITY)));
    return new PutUserPolicyResult();
  }
}
