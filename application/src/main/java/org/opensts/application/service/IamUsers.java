package org.opensts.application.service;

import java.util.Optional;
import org.opensts.application.port.out.UserStore;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.error.EntityException;
import org.opensts.domain.error.InvalidRequestException;
import org.opensts.domain.iam.User;
import org.opensts.domain.identity.AccountRootPrincipal;
import org.opensts.domain.identity.Arn;
import org.opensts.domain.identity.IamUserPrincipal;
import org.opensts.domain.identity.Principal;

/** Finds the user an IAM request is about: the one it names, or the caller itself. */
final class IamUsers {

  private final UserStore users;
  private final IamAuthorizer authorizer;

  IamUsers(UserStore users, IamAuthorizer authorizer) {
    this.users = users;
    this.authorizer = authorizer;
  }

  User existing(AccountId account, String name) {
    return users
        .find(account, name)
        .orElseThrow(
            () -> EntityException.noSuchEntity("The user with name " + name + " cannot be found."));
  }

  /**
   * The user of that name in the caller's account, once the caller may act on it. The caller is
   * authorized first, on the user's ARN or, for a user that does not exist, on the ARN it would
   * have at path {@code /}: a caller without permission learns nothing about which users exist.
   *
   * @param action such as {@code iam:PutUserPolicy}
   */
  User authorized(Caller caller, String action, String userName) {
    AccountId account = caller.principal().account();
    Optional<User> user = users.find(account, userName);
    String arn =
        user.map(found -> found.principal().arn())
            .orElseGet(() -> Arn.iam(account.value(), "user/" + userName))
            .toString();
    authorizer.authorize(caller, action, arn);
    return user.orElseThrow(
        () -> EntityException.noSuchEntity("The user with name " + userName + " cannot be found."));
  }

  /**
   * The principal whose access keys a request is about, once the caller may act on it: the named
   * user, or without a name the calling user, or the root when the root calls. A role session must
   * name a user.
   */
  Principal authorizedKeyOwner(Caller caller, String action, String userName) {
    Principal principal = caller.principal();
    if (userName != null) {
      return authorized(caller, action, userName).principal();
    }
    if (principal instanceof IamUserPrincipal user) {
      return authorized(caller, action, user.userName()).principal();
    }
    if (principal instanceof AccountRootPrincipal) {
      authorizer.authorize(caller, action, principal.arn().toString());
      return principal;
    }
    throw InvalidRequestException.validationError(
        "Must specify userName when calling with non-User credentials");
  }
}
