package org.opensts.application.service;

import java.util.random.RandomGenerator;
import org.opensts.application.port.in.oidc.ProvisionOutboundFederationCommand;
import org.opensts.application.port.in.oidc.ProvisionOutboundFederationResult;
import org.opensts.application.port.in.oidc.ProvisionOutboundFederationUseCase;
import org.opensts.application.port.out.OutboundFederationStore;
import org.opensts.domain.webtoken.OutboundFederation;

/**
 * Enables an account's outbound federation for the bootstrap file. A durable store keeps it across
 * restarts, so an account found enabled is left as it is, issuer id and all.
 */
final class ProvisionOutboundFederationService implements ProvisionOutboundFederationUseCase {

  private final OutboundFederationStore federations;
  private final RandomGenerator random;

  ProvisionOutboundFederationService(OutboundFederationStore federations, RandomGenerator random) {
    this.federations = federations;
    this.random = random;
  }

  @Override
  public ProvisionOutboundFederationResult provision(ProvisionOutboundFederationCommand command) {
    OutboundFederation federation =
        federations
            .find(command.account())
            .filter(OutboundFederation::enabled)
            .orElseGet(
                () ->
                    EnableOutboundFederationService.enable(federations, command.account(), random));
    return new ProvisionOutboundFederationResult(federation.issuerId());
  }
}
