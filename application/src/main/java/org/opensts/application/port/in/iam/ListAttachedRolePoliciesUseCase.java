package org.opensts.application.port.in.iam;

/**
 * Use case: ListAttachedRolePolicies — lists the managed policies attached to a role, page by page.
 */
public interface ListAttachedRolePoliciesUseCase {

  ListAttachedRolePoliciesResult listAttachedRolePolicies(ListAttachedRolePoliciesCommand command);
}
