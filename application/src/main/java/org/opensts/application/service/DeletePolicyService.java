package org.opensts.application.service;

import org.opensts.application.port.in.iam.DeletePolicyCommand;
import org.opensts.application.port.in.iam.DeletePolicyResult;
import org.opensts.application.port.in.iam.DeletePolicyUseCase;
import org.opensts.application.port.out.PolicyStore;
import org.opensts.domain.error.EntityException;
import org.opensts.domain.iam.ManagedPolicy;

/** DeletePolicy: only a policy attached to nothing, checked and deleted in one step. */
final class DeletePolicyService implements DeletePolicyUseCase {

  private final PolicyStore policies;
  private final ManagedPolicies managedPolicies;

  DeletePolicyService(PolicyStore policies, ManagedPolicies managedPolicies) {
    this.policies = policies;
    this.managedPolicies = managedPolicies;
  }

  @Override
  public DeletePolicyResult deletePolicy(DeletePolicyCommand command) {
    ManagedPolicy policy =
        managedPolicies.authorized(command.caller(), "iam:DeletePolicy", command.policyArn());
    switch (policies.delete(policy.arn().toString())) {
      case DELETED -> {}
      case NO_SUCH_POLICY -> throw ManagedPolicies.notFound(command.policyArn());
      case ATTACHED ->
          throw EntityException.deleteConflict("Cannot delete a policy attached to entities.");
    }
    return new DeletePolicyResult();
  }
}
