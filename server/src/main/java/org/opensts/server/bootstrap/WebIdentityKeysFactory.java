package org.opensts.server.bootstrap;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.Map;
import org.opensts.adapter.oidc.JwtWebIdentityTokenVerifier;
import org.opensts.application.port.out.WebIdentityTokenVerifier;
import org.opensts.server.wiring.StsSettings;

/**
 * Builds the ID token verifier with the keys the bootstrap file gives inline for its OIDC providers
 * ({@code openIdConnectProviders[].jwks}): those issuers are never reached over the network.
 */
@Factory
final class WebIdentityKeysFactory {

  /** Fetches of OIDC issuers' keys, by outcome: failures mean web identity calls are failing. */
  static final String JWKS_FETCHES = "sts.jwks.fetches";

  @Singleton
  WebIdentityTokenVerifier webIdentityTokenVerifier(
      StsSettings settings, StsSettings.Oidc oidc, MeterRegistry registry) {
    Map<String, String> inline =
        settings.getBootstrap().isBlank()
            ? Map.of()
            : BootstrapFile.inlineJwks(Path.of(settings.getBootstrap()));
    try {
      return new JwtWebIdentityTokenVerifier(
          oidc.isAllowHttpLoopback(),
          inline,
          succeeded ->
              registry
                  .counter(JWKS_FETCHES, "outcome", succeeded ? "success" : "failure")
                  .increment());
    } catch (IllegalArgumentException e) {
      throw new BootstrapException(
          "Bootstrap file " + settings.getBootstrap() + ": " + e.getMessage());
    }
  }
}
