package org.opensts.application.service;

import org.opensts.application.port.in.iam.GetRolePolicyCommand;
import org.opensts.application.port.in.iam.GetRolePolicyResult;
import org.opensts.application.port.in.iam.GetRolePolicyUseCase;
import org.opensts.domain.iam.Role;
import org.opensts.domain.policy.PolicyDocument;

/** GetRolePolicy: an inline policy of a role, exactly as it was given. */
final class GetRolePolicyService implements GetRolePolicyUseCase {

  private final IamRoles iamRoles;

  GetRolePolicyService(IamRoles iamRoles) {
    this.iamRoles = iamRoles;
  }

  @Override
  public GetRolePolicyResult getRolePolicy(GetRolePolicyCommand command) {
    Role role = iamRoles.authorized(command.caller(), "iam:GetRolePolicy", command.roleName());
    PolicyDocument policy =
        InlinePolicies.existing(role.inlinePolicies(), "role", command.policyName());
    return new GetRolePolicyResult(role.name(), command.policyName(), policy.text());
  }
}
