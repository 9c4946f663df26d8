package org.opensts.application.port.in.iam;

/** Use case: UntagUser — removes tags from a user. */
public interface UntagUserUseCase {

  UntagUserResult untagUser(UntagUserCommand command);
}
