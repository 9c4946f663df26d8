package org.opensts.application.port.in.iam;

/** Use case: ListRoles — lists the account's roles under a path prefix, page by page. */
public interface ListRolesUseCase {

  ListRolesResult listRoles(ListRolesCommand command);
}
