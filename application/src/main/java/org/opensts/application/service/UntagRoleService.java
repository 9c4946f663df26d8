package org.opensts.application.service;

import org.opensts.application.port.in.iam.UntagRoleCommand;
import org.opensts.application.port.in.iam.UntagRoleResult;
import org.opensts.application.port.in.iam.UntagRoleUseCase;
import org.opensts.application.port.out.RoleStore;
import org.opensts.domain.iam.Role;
import org.opensts.domain.iam.TagSet;

/** UntagRole: removes the tags with the given keys, in any case; unknown keys are ignored. */
final class UntagRoleService implements UntagRoleUseCase {

  private final RoleStore roles;
  private final IamRoles iamRoles;

  UntagRoleService(RoleStore roles, IamRoles iamRoles) {
    this.roles = roles;
    this.iamRoles = iamRoles;
  }

  @Override
  public UntagRoleResult untagRole(UntagRoleCommand command) {
    Role role = iamRoles.authorized(command.caller(), "iam:UntagRole", command.roleName());
    roles.save(role.withTags(TagSet.remove(role.tags(), command.tagKeys())));
    return new UntagRoleResult();
  }
}
