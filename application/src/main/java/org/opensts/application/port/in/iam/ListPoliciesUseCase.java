package org.opensts.application.port.in.iam;

/** Use case: ListPolicies — lists the managed policies of the caller's account, page by page. */
public interface ListPoliciesUseCase {

  ListPoliciesResult listPolicies(ListPoliciesCommand command);
}
