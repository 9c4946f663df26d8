package org.opensts.application.service;

import java.util.List;
import org.opensts.application.port.in.iam.ListPoliciesCommand;
import org.opensts.application.port.in.iam.ListPoliciesResult;
import org.opensts.application.port.in.iam.ListPoliciesUseCase;
import org.opensts.application.port.out.PolicyStore;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.iam.ManagedPolicy;
import org.opensts.domain.identity.Arn;

/**
 * ListPolicies: the account's managed policies under a path prefix, in name order, page by page. No
 * AWS managed policies exist here, so scope {@code AWS} lists nothing.
 */
final class ListPoliciesService implements ListPoliciesUseCase {

  private final PolicyStore policies;
  private final IamAuthorizer authorizer;

  ListPoliciesService(PolicyStore policies, IamAuthorizer authorizer) {
    this.policies = policies;
    this.authorizer = authorizer;
  }

  @Override
  public ListPoliciesResult listPolicies(ListPoliciesCommand command) {
    AccountId account = command.caller().principal().account();
    // AWS names the account's policy namespace as the resource of a listing.
    authorizer.authorize(
        command.caller(), "iam:ListPolicies", Arn.iam(account.value(), "policy/").toString());
    List<ManagedPolicy> all = command.includesLocal() ? policies.list(account) : List.of();
    boolean onlyAttached = Boolean.TRUE.equals(command.onlyAttached());
    Pagination.Slice<ManagedPolicy> slice =
        ManagedPolicies.page(
            all,
            command.pathPrefix(),
            policy -> !onlyAttached || policy.attachmentCount() > 0,
            command.marker(),
            command.maxItems());
    return new ListPoliciesResult(slice.items(), slice.truncated(), slice.marker());
  }
}
