package org.opensts.application.service;

import org.opensts.application.port.in.iam.PutRolePolicyCommand;
import org.opensts.application.port.in.iam.PutRolePolicyResult;
import org.opensts.application.port.in.iam.PutRolePolicyUseCase;
import org.opensts.application.port.out.PolicyDocumentParser;
import org.opensts.application.port.out.RoleStore;
import org.opensts.domain.iam.Role;
import org.opensts.domain.policy.PolicyKind;

/**
 * PutRolePolicy: adds an inline identity policy to a role, or replaces the one of that name. It
 * governs the role's very next request.
 */
final class PutRolePolicyService implements PutRolePolicyUseCase {

  private final RoleStore roles;
  private final IamRoles iamRoles;
  private final PolicyDocumentParser parser;

  PutRolePolicyService(RoleStore roles, IamRoles iamRoles, PolicyDocumentParser parser) {
    this.roles = roles;
    this.iamRoles = iamRoles;
    this.parser = parser;
  }

  @Override
  public PutRolePolicyResult putRolePolicy(PutRolePolicyCommand command) {
    Role role = iamRoles.authorized(command.caller(), "iam:PutRolePolicy", command.roleName());
    roles.save(
        role.withInlinePolicy(
            command.policyName(), parser.parse(command.policyDocument(), PolicyKind.IDENTITY)));
    return new PutRolePolicyResult();
  }
}
