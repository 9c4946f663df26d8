package org.opensts.application.service;

import org.opensts.application.port.in.iam.UntagUserCommand;
import org.opensts.application.port.in.iam.UntagUserResult;
import org.opensts.application.port.in.iam.UntagUserUseCase;
import org.opensts.application.port.out.UserStore;
import org.opensts.domain.iam.TagSet;
import org.opensts.domain.iam.User;

/** UntagUser: removes the tags with the given keys, in any case; unknown keys are ignored. */
final class UntagUserService implements UntagUserUseCase {

  private final UserStore users;
  private final IamUsers iamUsers;

  UntagUserService(UserStore users, IamUsers iamUsers) {
    this.users = users;
    this.iamUsers = iamUsers;
  }

  @Override
  public UntagUserResult untagUser(UntagUserCommand command) {
    User user = iamUsers.authorized(command.caller(), "iam:UntagUser", command.userName());
    users.save(user.withTags(TagSet.remove(user.tags(), command.tagKeys())));
    return new UntagUserResult();
  }
}
