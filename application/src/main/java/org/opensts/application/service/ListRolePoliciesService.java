package org.opensts.application.service;

import java.util.List;
import org.opensts.application.port.in.iam.ListRolePoliciesCommand;
import org.opensts.application.port.in.iam.ListRolePoliciesResult;
import org.opensts.application.port.in.iam.ListRolePoliciesUseCase;
import org.opensts.domain.iam.Role;

/** ListRolePolicies: the names of a role's inline policies, in order, page by page. */
final class ListRolePoliciesService implements ListRolePoliciesUseCase {

  private final IamRoles iamRoles;

  ListRolePoliciesService(IamRoles iamRoles) {
    this.iamRoles = iamRoles;
  }

  @Override
  public ListRolePoliciesResult listRolePolicies(ListRolePoliciesCommand command) {
    Role role = iamRoles.authorized(command.caller(), "iam:ListRolePolicies", command.roleName());
    Pagination.Slice<String> slice =
        Pagination.page(
            List.copyOf(role.inlinePolicies().keySet()),
            name -> name,
            command.marker(),
            command.maxItems());
    return new ListRolePoliciesResult(slice.items(), slice.truncated(), slice.marker());
  }
}
