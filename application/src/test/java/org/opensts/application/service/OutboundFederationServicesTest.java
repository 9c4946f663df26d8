package org.opensts.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opensts.application.port.in.iam.DisableOutboundWebIdentityFederationCommand;
import org.opensts.application.port.in.iam.EnableOutboundWebIdentityFederationCommand;
import org.opensts.application.port.in.iam.GetOutboundWebIdentityFederationInfoCommand;
import org.opensts.application.port.in.iam.GetOutboundWebIdentityFederationInfoResult;
import org.opensts.application.port.in.oidc.GetIssuerMetadataCommand;
import org.opensts.application.port.in.oidc.GetIssuerMetadataResult;
import org.opensts.application.port.in.oidc.ProvisionOutboundFederationCommand;
import org.opensts.application.port.in.oidc.RotateWebTokenSigningKeysCommand;
import org.opensts.application.port.in.oidc.RotateWebTokenSigningKeysResult;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.error.AccessDeniedException;
import org.opensts.domain.error.EntityException;
import org.opensts.domain.error.ErrorCode;
import org.opensts.domain.error.OutboundFederationException;
import org.opensts.domain.fixture.TestAccounts;
import org.opensts.domain.fixture.TestCallers;
import org.opensts.domain.fixture.TestClocks;
import org.opensts.domain.fixture.TestPrincipals;
import org.opensts.domain.fixture.TestUsers;
import org.opensts.domain.webtoken.SigningAlgorithm;

/**
 * The IAM switches of outbound federation, the issuers' discovery documents and the rotation of
 * their keys.
 */
class OutboundFederationServicesTest {

  private static final Caller ROOT = TestCallers.withLongTermKey(TestPrincipals.root());

  private final OutboundFederationTestPorts ports = new OutboundFederationTestPorts();
  private final OutboundFederationUseCases useCases = ports.useCases();

  @Test
  void givenNeverEnabled_enable_makesAnIssuerUnderTheBaseUrl() {
    String issuer = enable();

    assertTrue(issuer.matches("https://sts\\.example\\.com/oidc/[0-9a-f-]{36}"), issuer);
    assertTrue(ports.federations.find(TestAccounts.ALPHA).orElseThrow().enabled());
  }

  @Test
  void givenEnabled_enable_failsWithFeatureEnabled() {
    enable();

    assertEquals(
        ErrorCode.FEATURE_ENABLED,
        assertThrows(OutboundFederationException.class, this::enable).code());
  }

  @Test
  void givenNeverEnabled_disableAndGetInfo_failWithFeatureDisabled() {
    assertEquals(
        ErrorCode.FEATURE_DISABLED,
        assertThrows(OutboundFederationException.class, this::disable).code());
    assertEquals(
        ErrorCode.FEATURE_DISABLED,
        assertThrows(OutboundFederationException.class, this::info).code());
  }

  @Test
  void givenDisabled_getInfoAndEnable_keepTheIssuer() {
    String issuer = enable();
    disable();

    GetOutboundWebIdentityFederationInfoResult info = info();
    assertEquals(issuer, info.issuerIdentifier());
    assertFalse(info.jwtVendingEnabled());
    assertThrows(OutboundFederationException.class, this::disable);
    assertEquals(issuer, enable());
  }

  @Test
  void givenAUserWithoutPolicy_enable_isDenied() {
    ports.core.users.save(TestUsers.aUser());
    Caller alice = TestCallers.withLongTermKey(TestPrincipals.alice());

    AccessDeniedException denied =
        assertThrows(
            AccessDeniedException.class,
            () ->
                useCases
                    .enableOutboundWebIdentityFederation()
                    .enable(new EnableOutboundWebIdentityFederationCommand(alice)));
    assertTrue(
        denied.getMessage().contains("iam:EnableOutboundWebIdentityFederation on resource: *"),
        denied.getMessage());
  }

  @Test
  void givenAnIssuer_itsMetadata_namesItAndPublishesEveryKeyEvenWhenDisabled() {
    String issuer = enable();
    disable();
    ports.signingKeys.current(SigningAlgorithm.RS256, TestClocks.NOW);
    ports.signingKeys.current(SigningAlgorithm.ES384, TestClocks.NOW);

    GetIssuerMetadataResult metadata =
        useCases
            .getIssuerMetadata()
            .getIssuerMetadata(new GetIssuerMetadataCommand(issuerId(issuer)));

    assertTrue(metadata.openIdConfiguration().startsWith("{\"issuer\":\"" + issuer + "\""));
    assertTrue(metadata.jwks().contains("\"kid\":\"RSA_0\""), metadata.jwks());
    assertTrue(metadata.jwks().contains("\"kid\":\"EC384_0\""), metadata.jwks());
  }

  @Test
  void givenAnUnknownIssuerId_itsMetadata_isNoSuchEntity() {
    assertThrows(
        EntityException.class,
        () ->
            useCases
                .getIssuerMetadata()
                .getIssuerMetadata(new GetIssuerMetadataCommand("nothing")));
  }

  @Test
  void givenRetiredKeys_rotate_makesNewKeysAndPrunesOnlyThoseNoTokenCanOutlive() {
    ports.signingKeys.rotate(SigningAlgorithm.RS256, TestClocks.NOW.minusSeconds(7200));
    ports.signingKeys.rotate(SigningAlgorithm.RS256, TestClocks.NOW.minusSeconds(7200));
    ports.signingKeys.rotate(SigningAlgorithm.ES384, TestClocks.NOW.minusSeconds(600));

    RotateWebTokenSigningKeysResult result =
        useCases.rotateWebTokenSigningKeys().rotate(new RotateWebTokenSigningKeysCommand());

    assertEquals(List.of("RSA_2", "EC384_1"), result.newKeyIds());
    assertEquals(List.of("RSA_0"), result.prunedKeyIds());
  }

  @Test
  void givenEnabledAlready_provision_keepsIt() {
    String issuer = enable();

    assertEquals(
        issuerId(issuer),
        useCases
            .provisionOutboundFederation()
            .provision(new ProvisionOutboundFederationCommand(TestAccounts.ALPHA))
            .issuerId());
  }

  private String enable() {
    return useCases
        .enableOutboundWebIdentityFederation()
        .enable(new EnableOutboundWebIdentityFederationCommand(ROOT))
        .issuerIdentifier();
  }

  private void disable() {
    useCases
        .disableOutboundWebIdentityFederation()
        .disable(new DisableOutboundWebIdentityFederationCommand(ROOT));
  }

  private GetOutboundWebIdentityFederationInfoResult info() {
    return useCases
        .getOutboundWebIdentityFederationInfo()
        .getInfo(new GetOutboundWebIdentityFederationInfoCommand(ROOT));
  }

  private static String issuerId(String issuer) {
    return issuer.substring(issuer.lastIndexOf('/') + 1);
  }
}
