package org.opensts.application.service;

import org.opensts.application.port.in.iam.GetUserCommand;
import org.opensts.application.port.in.iam.GetUserResult;
import org.opensts.application.port.in.iam.GetUserUseCase;
import org.opensts.application.port.out.AccountStore;
import org.opensts.domain.error.InvalidRequestException;
import org.opensts.domain.iam.User;
import org.opensts.domain.identity.AccountRootPrincipal;
import org.opensts.domain.identity.IamUserPrincipal;
import org.opensts.domain.identity.Principal;

/** GetUser: the named user, or the caller when it is a user or the root. */
final class GetUserService implements GetUserUseCase {

  private final IamUsers users;
  private final AccountStore accounts;
  private final IamAuthorizer authorizer;

  GetUserService(IamUsers users, AccountStore accounts, IamAuthorizer authorizer) {
    this.users = users;
    this.accounts = accounts;
    this.authorizer = authorizer;
  }

  @Override
  public GetUserResult getUser(GetUserCommand command) {
    Principal principal = command.caller().principal();
    if (command.userName() != null) {
      User user = users.authorized(command.caller(), "iam:GetUser", command.userName());
      return GetUserResult.of(user);
    }
    authorizer.authorize(command.caller(), "iam:GetUser", principal.arn().toString());
    if (principal instanceof IamUserPrincipal self) {
      return GetUserResult.of(users.existing(self.account(), self.userName()));
    }
    if (principal instanceof AccountRootPrincipal) {
      return GetUserResult.ofRoot(accounts.find(principal.account()).orElseThrow());
    }
    throw InvalidRequestException.validationError(
        "Must specify userName when calling with non-User credentials");
  }
}
