package org.opensts.application.service;

import org.opensts.application.port.in.iam.TagRoleCommand;
import org.opensts.application.port.in.iam.TagRoleResult;
import org.opensts.application.port.in.iam.TagRoleUseCase;
import org.opensts.application.port.out.RoleStore;
import org.opensts.domain.iam.Role;
import org.opensts.domain.iam.TagSet;

/** TagRole: adds tags; a key already present in any case gets the new tag, 50 at most. */
final class TagRoleService implements TagRoleUseCase {

  private final RoleStore roles;
  private final IamRoles iamRoles;

  TagRoleService(RoleStore roles, IamRoles iamRoles) {
    this.roles = roles;
    this.iamRoles = iamRoles;
  }

  @Override
  public TagRoleResult tagRole(TagRoleCommand command) {
    Role role = iamRoles.authorized(command.caller(), "iam:TagRole", command.roleName());
    roles.save(role.withTags(TagSet.merge(role.tags(), command.tags(), "TagsPerRole")));
    return new TagRoleResult();
  }
}
