package org.opensts.application.service;

import java.util.Locale;
import org.opensts.application.port.in.iam.ListRolesCommand;
import org.opensts.application.port.in.iam.ListRolesResult;
import org.opensts.application.port.in.iam.ListRolesUseCase;
import org.opensts.application.port.out.RoleStore;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.iam.Role;
import org.opensts.domain.identity.Arn;

/** ListRoles: the account's roles under a path prefix, in name order, page by page. */
final class ListRolesService implements ListRolesUseCase {

  private final RoleStore roles;
  private final IamAuthorizer authorizer;

  ListRolesService(RoleStore roles, IamAuthorizer authorizer) {
    this.roles = roles;
    this.authorizer = authorizer;
  }

  @Override
  public ListRolesResult listRoles(ListRolesCommand command) {
    AccountId account = command.caller().principal().account();
    // AWS names the account's role namespace as the resource of a listing.
    authorizer.authorize(
        command.caller(), "iam:ListRoles", Arn.iam(account.value(), "role/").toString());
    String prefix = command.pathPrefix() == null ? "/" : command.pathPrefix();
    Pagination.Slice<Role> slice =
        Pagination.page(
            roles.list(account).stream()
                .filter(role -> role.path().value().startsWith(prefix))
                .toList(),
            role -> role.name().toLowerCase(Locale.ROOT),
            command.marker(),
            command.maxItems());
    return new ListRolesResult(slice.items(), slice.truncated(), slice.marker());
  }
}
