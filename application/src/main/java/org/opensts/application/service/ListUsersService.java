package org.opensts.application.service;

import java.util.Locale;
import org.opensts.application.port.in.iam.ListUsersCommand;
import org.opensts.application.port.in.iam.ListUsersResult;
import org.opensts.application.port.in.iam.ListUsersUseCase;
import org.opensts.application.port.out.UserStore;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.iam.User;
import org.opensts.domain.identity.Arn;

/** ListUsers: the account's users under a path prefix, in name order, page by page. */
final class ListUsersService implements ListUsersUseCase {

  private final UserStore users;
  private final IamAuthorizer authorizer;

  ListUsersService(UserStore users, IamAuthorizer authorizer) {
    this.users = users;
    this.authorizer = authorizer;
  }

  @Override
  public ListUsersResult listUsers(ListUsersCommand command) {
    AccountId account = command.caller().principal().account();
    // AWS names the account's user namespace as the resource of a listing.
    authorizer.authorize(
        command.caller(), "iam:ListUsers", Arn.iam(account.value(), "user/").toString());
    String prefix = command.pathPrefix() == null ? "/" : command.pathPrefix();
    Pagination.Slice<User> slice =
        Pagination.page(
            users.list(account).stream()
                .filter(user -> user.path().value().startsWith(prefix))
                .toList(),
            user -> user.name().toLowerCase(Locale.ROOT),
            command.marker(),
            command.maxItems());
    return new ListUsersResult(slice.items(), slice.truncated(), slice.marker());
  }
}
