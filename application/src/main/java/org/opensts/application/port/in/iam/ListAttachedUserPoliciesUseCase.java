package org.opensts.application.port.in.iam;

/**
 * Use case: ListAttachedUserPolicies — lists the managed policies attached to a user, page by page.
 */
public interface ListAttachedUserPoliciesUseCase {

  ListAttachedUserPoliciesResult listAttachedUserPolicies(ListAttachedUserPoliciesCommand command);
}
