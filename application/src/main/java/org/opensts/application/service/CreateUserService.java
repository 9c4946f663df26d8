package org.opensts.application.service;

import java.time.Clock;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.opensts.application.port.in.iam.CreateUserCommand;
import org.opensts.application.port.in.iam.CreateUserResult;
import org.opensts.application.port.in.iam.CreateUserUseCase;
import org.opensts.application.port.out.UserStore;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.error.EntityException;
import org.opensts.domain.iam.User;
import org.opensts.domain.identity.IamPath;
import org.opensts.domain.identity.UniqueId;

/** CreateUser: a new user with a fresh AIDA id; names are unique regardless of case. */
final class CreateUserService implements CreateUserUseCase {

  private final UserStore users;
  private final IamAuthorizer authorizer;
  private final Clock clock;
  private final RandomGenerator random;

  CreateUserService(
      UserStore users, IamAuthorizer authorizer, Clock clock, RandomGenerator random) {
    this.users = users;
    this.authorizer = authorizer;
    this.clock = clock;
    this.random = random;
  }

  @Override
  public CreateUserResult createUser(CreateUserCommand command) {
    AccountId account = command.caller().principal().account();
    User user =
        new User(
            account,
            UniqueId.USER.generate(random),
            IamPath.of(command.path()),
            command.userName(),
            Map.of(),
            command.tags(),
            clock.instant());
    authorizer.authorize(command.caller(), "iam:CreateUser", user.principal().arn().toString());
    if (!users.add(user)) {
      throw EntityException.alreadyExists(
          "User with name " + command.userName() + " already exists.");
    }
    return new CreateUserResult(user);
  }
}
