package org.opensts.application.port.in.oidc;

/**
 * Use case: the bootstrap file's {@code "outboundWebIdentityFederation": true} — the account's
 * outbound federation enabled at start, without a caller, and left as it is when it already is.
 */
public interface ProvisionOutboundFederationUseCase {

  ProvisionOutboundFederationResult provision(ProvisionOutboundFederationCommand command);
}
