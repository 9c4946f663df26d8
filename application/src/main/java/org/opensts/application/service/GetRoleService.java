package org.opensts.application.service;

import org.opensts.application.port.in.iam.GetRoleCommand;
import org.opensts.application.port.in.iam.GetRoleResult;
import org.opensts.application.port.in.iam.GetRoleUseCase;
import org.opensts.domain.iam.Role;

/** GetRole: the named role, all of it. */
final class GetRoleService implements GetRoleUseCase {

  private final IamRoles iamRoles;

  GetRoleService(IamRoles iamRoles) {
    this.iamRoles = iamRoles;
  }

  @Override
  public GetRoleResult getRole(GetRoleCommand command) {
    Role role = iamRoles.authorized(command.caller(), "iam:GetRole", command.roleName());
    return new GetRoleResult(role);
  }
}
