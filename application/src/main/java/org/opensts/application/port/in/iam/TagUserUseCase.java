package org.opensts.application.port.in.iam;

/** Use case: TagUser — adds or replaces tags on a user. */
public interface TagUserUseCase {

  TagUserResult tagUser(TagUserCommand command);
}
