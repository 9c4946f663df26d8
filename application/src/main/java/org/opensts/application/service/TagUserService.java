package org.opensts.application.service;

import org.opensts.application.port.in.iam.TagUserCommand;
import org.opensts.application.port.in.iam.TagUserResult;
import org.opensts.application.port.in.iam.TagUserUseCase;
import org.opensts.application.port.out.UserStore;
import org.opensts.domain.iam.TagSet;
import org.opensts.domain.iam.User;

/** TagUser: adds tags, replacing those with the same key in any case. */
final class TagUserService implements TagUserUseCase {

  private final UserStore users;
  private final IamUsers iamUsers;

  TagUserService(UserStore users, IamUsers iamUsers) {
    this.users = users;
    this.iamUsers = iamUsers;
  }

  @Override
  public TagUserResult tagUser(TagUserCommand command) {
    User user = iamUsers.authorized(command.caller(), "iam:TagUser", command.userName());
    users.save(user.withTags(TagSet.merge(user.tags(), command.tags(), "TagsPerUser")));
    return new TagUserResult();
  }
}
