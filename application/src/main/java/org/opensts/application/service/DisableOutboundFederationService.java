package org.opensts.application.service;

import org.opensts.application.port.in.iam.DisableOutboundWebIdentityFederationCommand;
import org.opensts.application.port.in.iam.DisableOutboundWebIdentityFederationResult;
import org.opensts.application.port.in.iam.DisableOutboundWebIdentityFederationUseCase;
import org.opensts.application.port.out.OutboundFederationStore;
import org.opensts.domain.error.OutboundFederationException;
import org.opensts.domain.webtoken.OutboundFederation;

/**
 * DisableOutboundWebIdentityFederation: no new tokens; the issuer id stays, and so do the discovery
 * documents, for the tokens already out. Not enabled is {@code FeatureDisabled}.
 */
final class DisableOutboundFederationService
    implements DisableOutboundWebIdentityFederationUseCase {

  static final String ACTION = "iam:DisableOutboundWebIdentityFederation";

  private final OutboundFederationStore federations;
  private final IamAuthorizer authorizer;

  DisableOutboundFederationService(OutboundFederationStore federations, IamAuthorizer authorizer) {
    this.federations = federations;
    this.authorizer = authorizer;
  }

  @Override
  public DisableOutboundWebIdentityFederationResult disable(
      DisableOutboundWebIdentityFederationCommand command) {
    authorizer.authorize(command.caller(), ACTION, "*");
    OutboundFederation enabled =
        federations
            .find(command.caller().principal().account())
            .filter(OutboundFederation::enabled)
            .orElseThrow(OutboundFederationException::featureDisabled);
    federations.save(enabled.withEnabled(false));
    return new DisableOutboundWebIdentityFederationResult();
  }
}
