package org.opensts.application.port.in.iam;

/** Use case: TagRole — adds tags to a role, replacing those with the same keys in any case. */
public interface TagRoleUseCase {

  TagRoleResult tagRole(TagRoleCommand command);
}
