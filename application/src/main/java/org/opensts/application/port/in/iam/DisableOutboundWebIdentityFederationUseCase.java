package org.opensts.application.port.in.iam;

/**
 * Use case: DisableOutboundWebIdentityFederation — stops the account's principals from getting new
 * web identity tokens; tokens already issued stay valid, and the issuer keeps publishing its keys.
 */
public interface DisableOutboundWebIdentityFederationUseCase {

  DisableOutboundWebIdentityFederationResult disable(
      DisableOutboundWebIdentityFederationCommand command);
}
