package org.opensts.application.port.in.iam;

/**
 * Use case: CreatePolicy — creates a customer managed policy (version v1) from an identity policy
 * document.
 */
public interface CreatePolicyUseCase {

  CreatePolicyResult createPolicy(CreatePolicyCommand command);
}
