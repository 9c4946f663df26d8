package org.opensts.application.port.in.iam;

/** Use case: CreateUser — creates an IAM user in the caller's account. */
public interface CreateUserUseCase {

  CreateUserResult createUser(CreateUserCommand command);
}
