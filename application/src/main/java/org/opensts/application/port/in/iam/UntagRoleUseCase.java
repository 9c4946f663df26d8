package org.opensts.application.port.in.iam;

/** Use case: UntagRole — removes tags from a role by key. */
public interface UntagRoleUseCase {

  UntagRoleResult untagRole(UntagRoleCommand command);
}
