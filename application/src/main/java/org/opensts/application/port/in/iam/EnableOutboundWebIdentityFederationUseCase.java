package org.opensts.application.port.in.iam;

/**
 * Use case: EnableOutboundWebIdentityFederation — lets the account's principals call
 * GetWebIdentityToken, and gives the account its issuer.
 */
public interface EnableOutboundWebIdentityFederationUseCase {

  EnableOutboundWebIdentityFederationResult enable(
      EnableOutboundWebIdentityFederationCommand command);
}
