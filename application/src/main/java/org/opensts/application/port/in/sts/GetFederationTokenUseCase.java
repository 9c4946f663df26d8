package org.opensts.application.port.in.sts;

/**
 * Use case: GetFederationToken — temporary credentials for a federated user, acting with at most
 * the permissions of the IAM user (or root) that asks, further limited by its session policies.
 */
public interface GetFederationTokenUseCase {

  GetFederationTokenResult getFederationToken(GetFederationTokenCommand command);
}
