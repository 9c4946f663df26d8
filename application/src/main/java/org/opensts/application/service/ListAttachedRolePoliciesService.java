package org.opensts.application.service;

import org.opensts.application.port.in.iam.ListAttachedRolePoliciesCommand;
import org.opensts.application.port.in.iam.ListAttachedRolePoliciesResult;
import org.opensts.application.port.in.iam.ListAttachedRolePoliciesUseCase;
import org.opensts.domain.iam.ManagedPolicy;
import org.opensts.domain.iam.Role;

/** ListAttachedRolePolicies: the role's managed policies, in name order, page by page. */
final class ListAttachedRolePoliciesService implements ListAttachedRolePoliciesUseCase {

  private final IamRoles iamRoles;
  private final ManagedPolicies managedPolicies;

  ListAttachedRolePoliciesService(IamRoles iamRoles, ManagedPolicies managedPolicies) {
    this.iamRoles = iamRoles;
    this.managedPolicies = managedPolicies;
  }

  @Override
  public ListAttachedRolePoliciesResult listAttachedRolePolicies(
      ListAttachedRolePoliciesCommand command) {
    Role role =
        iamRoles.authorized(command.caller(), "iam:ListAttachedRolePolicies", command.roleName());
    Pagination.Slice<ManagedPolicy> slice =
        managedPolicies.attachedTo(
            role.arn().toString(), command.pathPrefix(), command.marker(), command.maxItems());
    return new ListAttachedRolePoliciesResult(slice.items(), slice.truncated(), slice.marker());
  }
}
