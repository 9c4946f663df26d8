package org.opensts.application.port.in.iam;

/** Use case: ListRolePolicies — lists the names of a role's inline policies, page by page. */
public interface ListRolePoliciesUseCase {

  ListRolePoliciesResult listRolePolicies(ListRolePoliciesCommand command);
}
