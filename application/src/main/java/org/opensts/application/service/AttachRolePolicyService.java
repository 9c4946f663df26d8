package org.opensts.application.service;

import org.opensts.application.port.in.iam.AttachRolePolicyCommand;
import org.opensts.application.port.in.iam.AttachRolePolicyResult;
import org.opensts.application.port.in.iam.AttachRolePolicyUseCase;
import org.opensts.domain.iam.Role;

/** AttachRolePolicy: attaches a policy of the account to the role, at most 10 per role. */
final class AttachRolePolicyService implements AttachRolePolicyUseCase {

  private final IamRoles iamRoles;
  private final ManagedPolicies managedPolicies;

  AttachRolePolicyService(IamRoles iamRoles, ManagedPolicies managedPolicies) {
    this.iamRoles = iamRoles;
    this.managedPolicies = managedPolicies;
  }

  @Override
  public AttachRolePolicyResult attachRolePolicy(AttachRolePolicyCommand command) {
    Role role = iamRoles.authorized(command.caller(), "iam:AttachRolePolicy", command.roleName());
    managedPolicies.attach(
        role.account(), command.policyArn(), role.arn().toString(), "PoliciesPerRole");
    return new AttachRolePolicyResult();
  }
}
