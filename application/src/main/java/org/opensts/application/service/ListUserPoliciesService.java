package org.opensts.application.service;

import java.util.List;
import org.opensts.application.port.in.iam.ListUserPoliciesCommand;
import org.opensts.application.port.in.iam.ListUserPoliciesResult;
import org.opensts.application.port.in.iam.ListUserPoliciesUseCase;
import org.opensts.domain.iam.User;

/** ListUserPolicies: the names of a user's inline policies, in order, page by page. */
final class ListUserPoliciesService implements ListUserPoliciesUseCase {

  private final IamUsers iamUsers;

  ListUserPoliciesService(IamUsers iamUsers) {
    this.iamUsers = iamUsers;
  }

  @Override
  public ListUserPoliciesResult listUserPolicies(ListUserPoliciesCommand command) {
    User user = iamUsers.authorized(command.caller(), "iam:ListUserPolicies", command.userName());
    Pagination.Slice<String> slice =
        Pagination.page(
            List.copyOf(user.inlinePolicies().keySet()),
            name -> name,
            command.marker(),
            command.maxItems());
    return new ListUserPoliciesResult(slice.items(), slice.truncated(), slice.marker());
  }
}
