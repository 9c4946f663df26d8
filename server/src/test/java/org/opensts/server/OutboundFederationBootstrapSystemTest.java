package org.opensts.server;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opensts.server.IamErrors.assertIamError;
import static org.opensts.server.StsErrors.assertStsError;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.services.iam.model.GetOutboundWebIdentityFederationInfoResponse;

/** The bootstrap file's {@code "outboundWebIdentityFederation"}: enabled from the start, or not. */
class OutboundFederationBootstrapSystemTest {

  private static final AwsBasicCredentials GAMMA_ROOT =
      AwsBasicCredentials.create(
          "AKIAGAMMAROOTKEY0001", "gamma-root-secret-00000000000000000000000");
  private static final AwsBasicCredentials DELTA_ROOT =
      AwsBasicCredentials.create(
          "AKIADELTAROOTKEY0001", "delta-root-secret-00000000000000000000000");

  private static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start("outbound-federation-bootstrap.json");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void givenAnAccountEnabledInTheFile_itsRoot_getsTokensFromItsIssuer() {
    GetOutboundWebIdentityFederationInfoResponse info =
        IamClients.iam(server, GAMMA_ROOT).getOutboundWebIdentityFederationInfo(r -> {});

    assertTrue(info.jwtVendingEnabled());
    assertTrue(info.issuerIdentifier().startsWith(server.endpoint() + "/oidc/"));
    assertTrue(
        server
            .sts(GAMMA_ROOT)
            .getWebIdentityToken(r -> r.audience("aud").signingAlgorithm("ES384"))
            .webIdentityToken()
            .startsWith("eyJ"));
  }

  @Test
  void givenAnAccountNotEnabledInTheFile_getWebIdentityToken_failsAndInfoIsFeatureDisabled() {
    assertStsError(
        403,
        "OutboundWebIdentityFederationDisabledException",
        () ->
            server
                .sts(DELTA_ROOT)
                .getWebIdentityToken(r -> r.audience("a").signingAlgorithm("RS256")));
    assertIamError(
        404,
        "FeatureDisabled",
        () -> IamClients.iam(server, DELTA_ROOT).getOutboundWebIdentityFederationInfo(r -> {}));
  }
}
