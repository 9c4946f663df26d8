package org.opensts.application.service;

import org.opensts.application.port.in.iam.DetachRolePolicyCommand;
import org.opensts.application.port.in.iam.DetachRolePolicyResult;
import org.opensts.application.port.in.iam.DetachRolePolicyUseCase;
import org.opensts.domain.iam.Role;

/** DetachRolePolicy: detaches a managed policy from the role. */
final class DetachRolePolicyService implements DetachRolePolicyUseCase {

  private final IamRoles iamRoles;
  private final ManagedPolicies managedPolicies;

  DetachRolePolicyService(IamRoles iamRoles, ManagedPolicies managedPolicies) {
    this.iamRoles = iamRoles;
    this.managedPolicies = managedPolicies;
  }

  @Override
  public DetachRolePolicyResult detachRolePolicy(DetachRolePolicyCommand command) {
    Role role = iamRoles.authorized(command.caller(), "iam:DetachRolePolicy", command.roleName());
    managedPolicies.detach(command.policyArn(), role.arn().toString());
    return new DetachRolePolicyResult();
  }
}
