package org.opensts.application.service;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opensts.application.port.in.sts.AssumeRoleWithSamlCommand;
import org.opensts.application.port.in.sts.AssumeRoleWithSamlResult;
import org.opensts.application.port.out.SamlAssertionVerifier;
import org.opensts.application.port.out.SamlAssertionVerifier.VerifiedSamlAssertion;
import org.opensts.application.port.out.SamlProviderStore;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.credential.RequestOrigin;
import org.opensts.domain.credential.SessionPolicyParameters;
import org.opensts.domain.error.AccessDeniedException;
import org.opensts.domain.error.ErrorCode;
import org.opensts.domain.error.IdentityProviderException;
import org.opensts.domain.error.InvalidRequestException;
import org.opensts.domain.fixture.TestClocks;
import org.opensts.domain.fixture.TestRoles;
import org.opensts.domain.iam.SamlProvider;
import org.opensts.domain.policy.ActionClause;
import org.opensts.domain.policy.Effect;
import org.opensts.domain.policy.PolicyDocument;
import org.opensts.domain.policy.PrincipalClause;
import org.opensts.domain.policy.ResourceClause;
import org.opensts.domain.policy.Statement;

/**
 * AssumeRoleWithSAML once the assertion is verified: which role pair it must name, the session name
 * it must carry, how long the session lasts, and what comes back.
 */
class AssumeRoleWithSamlServiceTest {

  private static final AccountId ACCOUNT = AccountId.of("111111111111");
  private static final String ISSUER = "https://idp.example.com/saml";
  private static final String PROVIDER = "arn:aws:iam::111111111111:saml-provider/Corp";
  private static final String ROLE = "arn:aws:iam::111111111111:role/deployer";
  private static final String AWS = "https://signin.aws.amazon.com/saml";
  private static final Instant NOW = TestClocks.NOW;
  private static final RequestOrigin ORIGIN = new RequestOrigin("192.0.2.1", true, "test");

  private final TestPorts ports = new TestPorts();
  private final Clock clock = TestClocks.fixed();
  private final SamlProviderStore providers = mock(SamlProviderStore.class);
  private final SamlAssertionVerifier verifier = mock(SamlAssertionVerifier.class);
  private AssumeRoleWithSamlService service;

  @BeforeEach
  void setUp() {
    StsUseCases core = ports.useCases(clock);
    service =
        new AssumeRoleWithSamlService(
            core.roleStore(), providers, verifier, core.requestKeys(), core.roleSessions(), clock);
    SamlProvider provider =
        new SamlProvider(
            ACCOUNT,
            "Corp",
            "<md/>",
            ISSUER,
            List.of(),
            NOW,
            NOW.plus(Duration.ofDays(365)),
            List.of());
    when(providers.find(ACCOUNT, "Corp")).thenReturn(Optional.of(provider));
    ports.roles.save(
        TestRoles.withMaxSessionDuration(
            TestRoles.aRole(ACCOUNT, "deployer", trustingProvider()), Duration.ofHours(4)));
  }

  private static PolicyDocument trustingProvider() {
    return new PolicyDocument(
        "2012-10-17",
        List.of(
            new Statement(
                "",
                Effect.ALLOW,
                PrincipalClause.principal(Map.of(PrincipalClause.FEDERATED, List.of(PROVIDER))),
                ActionClause.action(List.of("sts:AssumeRoleWithSAML")),
                ResourceClause.ATTACHED_RESOURCE)),
        "{}");
  }

  private static VerifiedSamlAssertion assertion(
      List<String> roles, String sessionName, Integer sessionDuration, Instant sessionEnd) {
    return new VerifiedSamlAssertion(
        ISSUER,
        "alice@example.com",
        "persistent",
        AWS,
        roles,
        sessionName,
        sessionDuration,
        sessionEnd,
        List.of(),
        List.of(),
        null,
        Map.of());
  }

  private AssumeRoleWithSamlResult assume(VerifiedSamlAssertion verified, Integer duration) {
    when(verifier.verify("PHNhbWw+", providersFind(), NOW)).thenReturn(verified);
    return service.assumeRoleWithSaml(
        AssumeRoleWithSamlCommand.of(
            ORIGIN, ROLE, PROVIDER, "PHNhbWw+", SessionPolicyParameters.NONE, duration));
  }

  private SamlProvider providersFind() {
    return providers.find(ACCOUNT, "Corp").orElseThrow();
  }

  @Test
  void givenAssertionNamingTheRoleProviderFirst_assumeRoleWithSaml_issuesAnHourLongSession() {
    AssumeRoleWithSamlResult result =
        assume(assertion(List.of(PROVIDER + "," + ROLE), "alice", null, null), null);

    assertAll(
        () ->
            assertEquals(
                "arn:aws:sts::111111111111:assumed-role/deployer/alice", result.assumedRoleArn()),
        () -> assertEquals(NOW.plus(Duration.ofHours(1)), result.credentials().expiration()),
        () -> assertEquals(AWS, result.audience()),
        () -> assertEquals(ISSUER, result.issuer()),
        () -> assertEquals("persistent", result.subjectType()),
        () ->
            assertEquals(
                SamlConditionKeys.nameQualifier(ISSUER, providersFind()), result.nameQualifier()),
        () -> assertNull(result.packedPolicySize()),
        () -> assertNull(result.sourceIdentity()));
  }

  @Test
  void givenSessionDurationAttribute_assumeRoleWithSaml_lastsThatLong() {
    AssumeRoleWithSamlResult result =
        assume(assertion(List.of(ROLE + "," + PROVIDER), "alice", 7200, null), null);

    assertEquals(NOW.plus(Duration.ofHours(2)), result.credentials().expiration());
  }

  @Test
  void givenSessionNotOnOrAfterSooner_assumeRoleWithSaml_endsTheSessionThen() {
    AssumeRoleWithSamlResult result =
        assume(
            assertion(List.of(ROLE + "," + PROVIDER), "alice", null, NOW.plusSeconds(1200)), 3600);

    assertEquals(NOW.plusSeconds(1200), result.credentials().expiration());
  }

  @Test
  void givenDurationBeyondTheRoleMaximum_assumeRoleWithSaml_failsWithValidationError() {
    InvalidRequestException error =
        assertThrows(
            InvalidRequestException.class,
            () -> assume(assertion(List.of(ROLE + "," + PROVIDER), "alice", null, null), 43200));

    assertEquals(
        "The requested DurationSeconds exceeds the MaxSessionDuration set for this role.",
        error.getMessage());
  }

  @Test
  void givenRoleAttributeWithAnotherRole_assumeRoleWithSaml_failsWithAccessDenied() {
    String other = "arn:aws:iam::111111111111:role/other";
    AccessDeniedException error =
        assertThrows(
            AccessDeniedException.class,
            () -> assume(assertion(List.of(other + "," + PROVIDER), "alice", null, null), null));

    assertEquals("Not authorized to perform sts:AssumeRoleWithSAML", error.getMessage());
  }

  @Test
  void givenNoRoleSessionName_assumeRoleWithSaml_failsWithInvalidIdentityToken() {
    IdentityProviderException error =
        assertThrows(
            IdentityProviderException.class,
            () -> assume(assertion(List.of(ROLE + "," + PROVIDER), null, null, null), null));

    assertEquals(ErrorCode.INVALID_IDENTITY_TOKEN, error.code());
  }

  @Test
  void givenUnknownProvider_assumeRoleWithSaml_failsWithInvalidIdentityToken() {
    IdentityProviderException error =
        assertThrows(
            IdentityProviderException.class,
            () ->
                service.assumeRoleWithSaml(
                    AssumeRoleWithSamlCommand.of(
                        ORIGIN,
                        ROLE,
                        "arn:aws:iam::111111111111:saml-provider/Unknown",
                        "PHNhbWw+",
                        SessionPolicyParameters.NONE,
                        null)));

    assertEquals(ErrorCode.INVALID_IDENTITY_TOKEN, error.code());
  }

  @Test
  void givenRoleAttributeValues_namesRole_acceptsThePairInEitherOrderOnly() {
    assertAll(
        () ->
            assertTrue(
                AssumeRoleWithSamlService.namesRole(
                    List.of(ROLE + "," + PROVIDER), ROLE, PROVIDER)),
        () ->
            assertTrue(
                AssumeRoleWithSamlService.namesRole(
                    List.of(PROVIDER + ", " + ROLE), ROLE, PROVIDER)),
        () -> assertFalse(AssumeRoleWithSamlService.namesRole(List.of(ROLE), ROLE, PROVIDER)),
        () ->
            assertFalse(
                AssumeRoleWithSamlService.namesRole(
                    List.of(ROLE + "," + PROVIDER + "," + ROLE), ROLE, PROVIDER)));
  }

  @Test
  void givenMalformedPrincipalArn_command_failsWithRequestArnIsInvalid() {
    InvalidRequestException error =
        assertThrows(
            InvalidRequestException.class,
            () ->
                AssumeRoleWithSamlCommand.of(
                    ORIGIN,
                    ROLE,
                    "arn:aws:iam::111111111111:role/not-a-provider",
                    "PHNhbWw+",
                    SessionPolicyParameters.NONE,
                    null));

    assertEquals("Request ARN is invalid", error.getMessage());
  }
}
