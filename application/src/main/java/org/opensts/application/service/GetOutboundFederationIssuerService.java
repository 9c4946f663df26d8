package org.opensts.application.service;

import java.util.function.Supplier;
import org.opensts.application.port.in.oidc.GetIssuerMetadataCommand;
import org.opensts.application.port.in.oidc.GetIssuerMetadataResult;
import org.opensts.application.port.in.oidc.GetIssuerMetadataUseCase;
import org.opensts.application.port.out.OutboundFederationStore;
import org.opensts.application.port.out.WebTokenSigningKeyRing;
import org.opensts.domain.error.EntityException;
import org.opensts.domain.webtoken.JsonWebKeySet;
import org.opensts.domain.webtoken.OpenIdConfiguration;
import org.opensts.domain.webtoken.OutboundFederation;

/**
 * An issuer's public discovery documents. They stay up while the feature is disabled, as AWS's do,
 * so that tokens already issued can still be verified; an issuer id no account ever had is {@code
 * NoSuchEntity}. Every issuer publishes the same key ring.
 */
final class GetOutboundFederationIssuerService implements GetIssuerMetadataUseCase {

  private final OutboundFederationStore federations;
  private final WebTokenSigningKeyRing signingKeys;
  private final Supplier<String> issuerBaseUrl;

  GetOutboundFederationIssuerService(
      OutboundFederationStore federations,
      WebTokenSigningKeyRing signingKeys,
      Supplier<String> issuerBaseUrl) {
    this.federations = federations;
    this.signingKeys = signingKeys;
    this.issuerBaseUrl = issuerBaseUrl;
  }

  @Override
  public GetIssuerMetadataResult getIssuerMetadata(GetIssuerMetadataCommand command) {
    OutboundFederation federation =
        federations
            .findByIssuerId(command.issuerId())
            .orElseThrow(
                () -> EntityException.noSuchEntity("No issuer with id " + command.issuerId()));
    return new GetIssuerMetadataResult(
        OpenIdConfiguration.of(federation.issuerUrl(issuerBaseUrl.get())),
        JsonWebKeySet.of(signingKeys.published()));
  }
}
