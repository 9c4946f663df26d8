package org.opensts.application.port.in.iam;

/** Use case: ListUsers — lists the account's users, filtered by path prefix, page by page. */
public interface ListUsersUseCase {

  ListUsersResult listUsers(ListUsersCommand command);
}
