package org.opensts.application.service;

import java.time.Duration;
import org.opensts.application.port.in.iam.UpdateRoleCommand;
import org.opensts.application.port.in.iam.UpdateRoleResult;
import org.opensts.application.port.in.iam.UpdateRoleUseCase;
import org.opensts.application.port.out.RoleStore;
import org.opensts.domain.iam.Role;

/** UpdateRole: changes only the settings the request names, as AWS does. */
final class UpdateRoleService implements UpdateRoleUseCase {

  private final RoleStore roles;
  private final IamRoles iamRoles;

  UpdateRoleService(RoleStore roles, IamRoles iamRoles) {
    this.roles = roles;
    this.iamRoles = iamRoles;
  }

  @Override
  public UpdateRoleResult updateRole(UpdateRoleCommand command) {
    Role role = iamRoles.authorized(command.caller(), "iam:UpdateRole", command.roleName());
    Role updated = role;
    if (command.description() != null) {
      updated = updated.withDescription(command.description());
    }
    if (command.maxSessionDuration() != null) {
      updated = updated.withMaxSessionDuration(Duration.ofSeconds(command.maxSessionDuration()));
    }
    roles.save(updated);
    return new UpdateRoleResult();
  }
}
