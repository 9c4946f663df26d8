package org.opensts.server.wiring;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.function.Supplier;
import org.opensts.application.port.in.iam.DisableOutboundWebIdentityFederationUseCase;
import org.opensts.application.port.in.iam.EnableOutboundWebIdentityFederationUseCase;
import org.opensts.application.port.in.iam.GetOutboundWebIdentityFederationInfoUseCase;
import org.opensts.application.port.in.oidc.GetIssuerMetadataUseCase;
import org.opensts.application.port.in.oidc.ProvisionOutboundFederationUseCase;
import org.opensts.application.port.in.oidc.RotateWebTokenSigningKeysUseCase;
import org.opensts.application.port.in.sts.GetWebIdentityTokenUseCase;
import org.opensts.application.service.OutboundFederationUseCases;
import org.opensts.application.service.StsUseCases;

/**
 * Builds outbound identity federation (GetWebIdentityToken, its IAM switches, the issuers'
 * discovery documents) over the configured stores and exposes each inbound port as a bean.
 */
@Factory
final class OutboundFederationFactory {

  @Singleton
  OutboundFederationUseCases outboundFederationUseCases(
      StsUseCases core,
      Stores stores,
      Clock clock,
      StsSettings settings,
      @Value("${sts.oidc.issuer-base-url:}") String issuerBaseUrl,
      Provider<EmbeddedServer> server) {
    return OutboundFederationUseCases.create(
        core,
        new OutboundFederationUseCases.Ports(stores.outboundFederation(), stores.webTokenKeys()),
        clock,
        new PerThreadSecureRandom(),
        settings.getRegion(),
        issuerBaseUrl(issuerBaseUrl, server));
  }

  /**
   * {@code STS_OIDC_ISSUER_BASE_URL} as given, else this server on the loopback address and the
   * port it listens on: asked when a URL is written, once the server is bound, so that a port
   * chosen at start ({@code STS_HTTP_PORT=-1}) is the one it got.
   */
  static Supplier<String> issuerBaseUrl(String configured, Provider<EmbeddedServer> server) {
    if (configured != null && !configured.isBlank()) {
      String fixed = configured.strip();
      return () -> fixed;
    }
    return () -> "http://127.0.0.1:" + server.get().getPort();
  }

  @Singleton
  GetWebIdentityTokenUseCase getWebIdentityToken(OutboundFederationUseCases useCases) {
    return useCases.getWebIdentityToken();
  }

  @Singleton
  EnableOutboundWebIdentityFederationUseCase enableOutboundWebIdentityFederation(
      OutboundFederationUseCases useCases) {
    return useCases.enableOutboundWebIdentityFederation();
  }

  @Singleton
  DisableOutboundWebIdentityFederationUseCase disableOutboundWebIdentityFederation(
      OutboundFederationUseCases useCases) {
    return useCases.disableOutboundWebIdentityFederation();
  }

  @Singleton
  GetOutboundWebIdentityFederationInfoUseCase getOutboundWebIdentityFederationInfo(
      OutboundFederationUseCases useCases) {
    return useCases.getOutboundWebIdentityFederationInfo();
  }

  @Singleton
  GetIssuerMetadataUseCase getIssuerMetadata(OutboundFederationUseCases useCases) {
    return useCases.getIssuerMetadata();
  }

  @Singleton
  RotateWebTokenSigningKeysUseCase rotateWebTokenSigningKeys(OutboundFederationUseCases useCases) {
    return useCases.rotateWebTokenSigningKeys();
  }

  @Singleton
  ProvisionOutboundFederationUseCase provisionOutboundFederation(
      OutboundFederationUseCases useCases) {
    return useCases.provisionOutboundFederation();
  }
}
