package org.opensts.server.bootstrap;

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

  @Singleton
  WebIdentityTokenVerifier webIdentityTokenVerifier(StsSettings settings, StsSettings.Oidc oidc) {
    Map<String, String> inline =
        settings.getBootstrap().isBlank()
            ? Map.of()
            : BootstrapFile.inlineJwks(Path.of(settings.getBootstrap()));
    try {
      return new JwtWebIdentityTokenVerifier(oidc.isAllowHttpLoopback(), inline);
    } catch (IllegalArgumentException e) {
      throw new BootstrapException(
          "Bootstrap file " + settings.getBootstrap() + ": " + e.getMessage());
    }
  }
}
