package org.opensts.application.service;

import org.opensts.application.port.out.UserStore;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.error.EntityException;
import org.opensts.domain.error.InvalidRequestException;
import org.opensts.domain.iam.User;
import org.opensts.domain.identity.AccountRootPrincipal;
import org.opensts.domain.identity.IamUserPrincipal;
import org.opensts.domain.identity.Principal;

/** Finds the user an IAM request is about: the one it names, or the caller itself. */
final class IamUsers {

  private final UserStore users;

  IamUsers(UserStore users) {
    this.users = users;
  }

  User existing(AccountId account, String name) {
    return users
        .find(account, name)
        .orElseThrow(
            () -> EntityException.noSuchEntity("The user with name " + name + " cannot be found."));
  }

  /**
   * The principal whose access keys a request is about: the named user, or without a name the
   * calling user, or the root when the root calls. A role session must name a user.
   */
  Principal keyOwner(Caller caller, String userName) {
    Principal principal = caller.principal();
    if (userName != null) {
      return existing(principal.account(), userName).principal();
    }
    if (principal instanceof IamUserPrincipal user) {
      return existing(user.account(), user.userName()).principal();
    }
    if (principal instanceof AccountRootPrincipal) {
      return principal;
    }
    throw InvalidRequestException.validationError(
        "Must specify userName when calling with non-User credentials");
  }
}
