package org.opensts.application.service;

import org.opensts.application.port.in.iam.ListAttachedUserPoliciesCommand;
import org.opensts.application.port.in.iam.ListAttachedUserPoliciesResult;
import org.opensts.application.port.in.iam.ListAttachedUserPoliciesUseCase;
import org.opensts.domain.iam.ManagedPolicy;
import org.opensts.domain.iam.User;

/** ListAttachedUserPolicies: the user's managed policies, in name order, page by page. */
final class ListAttachedUserPoliciesService implements ListAttachedUserPoliciesUseCase {

  private final IamUsers iamUsers;
  private final ManagedPolicies managedPolicies;

  ListAttachedUserPoliciesService(IamUsers iamUsers, ManagedPolicies managedPolicies) {
    this.iamUsers = iamUsers;
    this.managedPolicies = managedPolicies;
  }

  @Override
  public ListAttachedUserPoliciesResult listAttachedUserPolicies(
      ListAttachedUserPoliciesCommand command) {
    User user =
        iamUsers.authorized(command.caller(), "iam:ListAttachedUserPolicies", command.userName());
    Pagination.Slice<ManagedPolicy> slice =
        managedPolicies.attachedTo(
            user.principal().arn().toString(),
            command.pathPrefix(),
            command.marker(),
            command.maxItems());
    return new ListAttachedUserPoliciesResult(slice.items(), slice.truncated(), slice.marker());
  }
}
