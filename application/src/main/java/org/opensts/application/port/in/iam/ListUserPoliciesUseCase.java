package org.opensts.application.port.in.iam;

/** Use case: ListUserPolicies — lists the names of a user's inline policies, page by page. */
public interface ListUserPoliciesUseCase {

  ListUserPoliciesResult listUserPolicies(ListUserPoliciesCommand command);
}
