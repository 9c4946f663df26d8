package org.opensts.application.service;

import org.opensts.application.port.in.iam.UpdateAssumeRolePolicyCommand;
import org.opensts.application.port.in.iam.UpdateAssumeRolePolicyResult;
import org.opensts.application.port.in.iam.UpdateAssumeRolePolicyUseCase;
import org.opensts.application.port.out.PolicyDocumentParser;
import org.opensts.application.port.out.RoleStore;
import org.opensts.domain.iam.Role;
import org.opensts.domain.policy.PolicyKind;

/** UpdateAssumeRolePolicy: a new trust policy, which decides the very next AssumeRole. */
final class UpdateAssumeRolePolicyService implements UpdateAssumeRolePolicyUseCase {

  private final RoleStore roles;
  private final IamRoles iamRoles;
  private final PolicyDocumentParser parser;

  UpdateAssumeRolePolicyService(RoleStore roles, IamRoles iamRoles, PolicyDocumentParser parser) {
    this.roles = roles;
    this.iamRoles = iamRoles;
    this.parser = parser;
  }

  @Override
  public UpdateAssumeRolePolicyResult updateAssumeRolePolicy(
      UpdateAssumeRolePolicyCommand command) {
    Role role =
        iamRoles.authorized(command.caller(), "iam:UpdateAssumeRolePolicy", command.roleName());
    roles.save(role.withTrustPolicy(parser.parse(command.policyDocument(), PolicyKind.TRUST)));
    return new UpdateAssumeRolePolicyResult();
  }
}
