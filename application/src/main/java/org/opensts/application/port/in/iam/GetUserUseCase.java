package org.opensts.application.port.in.iam;

/** Use case: GetUser — describes a user, or the calling user when no name is given. */
public interface GetUserUseCase {

  GetUserResult getUser(GetUserCommand command);
}
