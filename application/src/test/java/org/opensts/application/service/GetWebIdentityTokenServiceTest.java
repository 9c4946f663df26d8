package org.opensts.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opensts.domain.fixture.TestConditions.condition;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opensts.application.port.in.sts.GetWebIdentityTokenCommand;
import org.opensts.application.port.in.sts.GetWebIdentityTokenResult;
import org.opensts.application.port.in.sts.GetWebIdentityTokenUseCase;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.credential.SessionCaller;
import org.opensts.domain.error.AccessDeniedException;
import org.opensts.domain.error.ErrorCode;
import org.opensts.domain.error.InvalidRequestException;
import org.opensts.domain.error.OutboundFederationException;
import org.opensts.domain.fixture.TestAccounts;
import org.opensts.domain.fixture.TestCallers;
import org.opensts.domain.fixture.TestClocks;
import org.opensts.domain.fixture.TestPolicies;
import org.opensts.domain.fixture.TestPrincipals;
import org.opensts.domain.fixture.TestRoles;
import org.opensts.domain.fixture.TestSessions;
import org.opensts.domain.fixture.TestUsers;
import org.opensts.domain.identity.Tag;
import org.opensts.domain.policy.Condition;
import org.opensts.domain.policy.PolicyDocument;
import org.opensts.domain.webtoken.OutboundFederation;

/**
 * GetWebIdentityToken as AWS documents it: the caller needs {@code sts:GetWebIdentityToken} (and
 * {@code sts:TagGetWebIdentityToken} with tags) on its account's {@code self}, with the request's
 * audience, duration and algorithm as condition keys; the account must have enabled the feature;
 * and a token never outlives the session that asked for it.
 */
class GetWebIdentityTokenServiceTest {

  private static final String ISSUER_ID = "8f14e45f-ceea-4e7a-9b1d-0c3e5a7d2b6f";
  private static final PolicyDocument MAY_GET = TestPolicies.allow("sts:GetWebIdentityToken", "*");

  private final OutboundFederationTestPorts ports = new OutboundFederationTestPorts();
  private final GetWebIdentityTokenUseCase useCase = ports.useCases().getWebIdentityToken();

  @Test
  void givenAnAllowedUser_getWebIdentityToken_signsItsIdentityForFiveMinutes() {
    enable();
    saveAlice(MAY_GET);

    GetWebIdentityTokenResult result = useCase.getWebIdentityToken(command(alice(), "aud", null));

    assertEquals(TestClocks.NOW.plusSeconds(300), result.expiration());
    String payload = payload(result.webIdentityToken());
    assertTrue(
        payload.startsWith(
            "{\"iss\":\"https://sts.example.com/oidc/"
                + ISSUER_ID
                + "\",\"sub\":\"arn:aws:iam::111111111111:user/alice\",\"aud\":\"aud\""),
        payload);
    assertTrue(payload.contains("\"source_region\":\"eu-west-1\""), payload);
  }

  @Test
  void givenNeverEnabled_getWebIdentityToken_failsWithOutboundFederationDisabled() {
    saveAlice(MAY_GET);

    assertEquals(
        ErrorCode.OUTBOUND_FEDERATION_DISABLED,
        assertThrows(
                OutboundFederationException.class,
                () -> useCase.getWebIdentityToken(command(alice(), "aud", null)))
            .code());
  }

  @Test
  void givenDisabled_getWebIdentityToken_failsWithOutboundFederationDisabled() {
    ports.federations.save(new OutboundFederation(TestAccounts.ALPHA, ISSUER_ID, false));
    saveAlice(MAY_GET);

    assertThrows(
        OutboundFederationException.class,
        () -> useCase.getWebIdentityToken(command(alice(), "aud", null)));
  }

  @Test
  void givenNoPolicy_getWebIdentityToken_isDeniedOnSelf() {
    enable();
    saveAlice(TestPolicies.allow("sts:GetCallerIdentity", "*"));

    AccessDeniedException denied =
        assertThrows(
            AccessDeniedException.class,
            () -> useCase.getWebIdentityToken(command(alice(), "aud", null)));
    assertEquals(
        "User: arn:aws:iam::111111111111:user/alice is not authorized to perform:"
            + " sts:GetWebIdentityToken on resource: arn:aws:sts::111111111111:self because no"
            + " identity-based policy allows the sts:GetWebIdentityToken action",
        denied.getMessage());
  }

  @Test
  void givenTagsWithoutTagPermission_getWebIdentityToken_isDeniedTagGetWebIdentityToken() {
    enable();
    saveAlice(MAY_GET);

    AccessDeniedException denied =
        assertThrows(
            AccessDeniedException.class,
            () ->
                useCase.getWebIdentityToken(
                    new GetWebIdentityTokenCommand(
                        alice(), List.of("aud"), null, "RS256", List.of(new Tag("k", "v")))));
    assertTrue(denied.getMessage().contains("sts:TagGetWebIdentityToken"), denied.getMessage());
  }

  static Stream<Arguments> conditions() {
    return Stream.of(
        Arguments.of(
            "the audience is one of those allowed",
            condition("ForAnyValue:StringEquals", "sts:IdentityTokenAudience", "a", "b"),
            "b",
            null,
            true),
        Arguments.of(
            "the audience is another",
            condition("ForAnyValue:StringEquals", "sts:IdentityTokenAudience", "a"),
            "c",
            null,
            false),
        Arguments.of(
            "the default duration is within the limit",
            condition("NumericLessThanEquals", "sts:DurationSeconds", "300"),
            "a",
            null,
            true),
        Arguments.of(
            "the duration passed is beyond it",
            condition("NumericLessThanEquals", "sts:DurationSeconds", "300"),
            "a",
            301,
            false),
        Arguments.of(
            "the algorithm is another",
            condition("StringEquals", "sts:SigningAlgorithm", "ES384"),
            "a",
            null,
            false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("conditions")
  void givenAConditionOnTheRequest_getWebIdentityToken_isAllowedOnlyWhenItHolds(
      String when, Condition condition, String audience, Integer durationSeconds, boolean allowed) {
    enable();
    saveAlice(TestPolicies.of(TestPolicies.allowWhen("sts:GetWebIdentityToken", "*", condition)));

    if (allowed) {
      useCase.getWebIdentityToken(command(alice(), audience, durationSeconds));
    } else {
      assertThrows(
          AccessDeniedException.class,
          () -> useCase.getWebIdentityToken(command(alice(), audience, durationSeconds)));
    }
  }

  @Test
  void givenASessionEndingBeforeTheToken_getWebIdentityToken_failsWithEscalation() {
    enable();
    saveAlice(MAY_GET);
    SessionCaller session =
        new SessionCaller(
            TestSessions.aSession(
                TestPrincipals.alice(), TestClocks.NOW.minusSeconds(3500), Duration.ofHours(1)),
            TestCallers.ORIGIN);

    assertEquals(
        ErrorCode.SESSION_DURATION_ESCALATION,
        assertThrows(
                OutboundFederationException.class,
                () -> useCase.getWebIdentityToken(command(session, "aud", 120)))
            .code());
    assertEquals(
        TestClocks.NOW.plusSeconds(60),
        useCase.getWebIdentityToken(command(session, "aud", 60)).expiration());
  }

  @Test
  void givenARoleSession_theToken_namesTheRoleAsSubject() {
    enable();
    SessionCaller session = TestCallers.withSession(TestPrincipals.deployerSession("build-1"));
    ports.core.roles.save(TestRoles.withPolicy(TestRoles.aRole(), "tokens", MAY_GET));

    String payload =
        payload(useCase.getWebIdentityToken(command(session, "aud", null)).webIdentityToken());

    String role = TestPrincipals.deployerSession("build-1").roleArn().toString();
    assertTrue(payload.contains("\"sub\":\"" + role + "\""), payload);
    assertTrue(payload.contains("\"original_session_exp\":\"2025-01-01T01:00:00Z\""), payload);
  }

  static Stream<Arguments> invalidCommands() {
    return Stream.of(
        Arguments.of(
            "no audience",
            List.of(),
            null,
            "RS256",
            "Value null at 'audience' failed to satisfy constraint: Member must not be null"),
        Arguments.of(
            "an empty audience",
            List.of(""),
            null,
            "RS256",
            "Value '' at 'audience.1.member' failed to satisfy constraint: Member must have length"
                + " greater than or equal to 1"),
        Arguments.of(
            "eleven audiences",
            List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"),
            null,
            "RS256",
            "at 'audience' failed to satisfy constraint: Member must have length less than or"
                + " equal to 10"),
        Arguments.of(
            "59 seconds",
            List.of("a"),
            59,
            "RS256",
            "Value '59' at 'durationSeconds' failed to satisfy constraint: Member must have value"
                + " greater than or equal to 60"),
        Arguments.of(
            "3601 seconds",
            List.of("a"),
            3601,
            "RS256",
            "Value '3601' at 'durationSeconds' failed to satisfy constraint: Member must have value"
                + " less than or equal to 3600"),
        Arguments.of(
            "no algorithm",
            List.of("a"),
            null,
            null,
            "Value null at 'signingAlgorithm' failed to satisfy constraint: Member must not be"
                + " null"),
        Arguments.of(
            "an algorithm of neither kind",
            List.of("a"),
            null,
            "HS256",
            "Value 'HS256' at 'signingAlgorithm' failed to satisfy constraint: Member must satisfy"
                + " enum value set: [RS256, ES384]"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidCommands")
  void givenInvalidMembers_theCommand_failsValidation(
      String what, List<String> audience, Integer duration, String algorithm, String message) {
    InvalidRequestException error =
        assertThrows(
            InvalidRequestException.class,
            () ->
                new GetWebIdentityTokenCommand(alice(), audience, duration, algorithm, List.of()));
    assertEquals(ErrorCode.VALIDATION_ERROR, error.code());
    assertTrue(error.getMessage().contains(message), error.getMessage());
  }

  private void enable() {
    ports.federations.save(new OutboundFederation(TestAccounts.ALPHA, ISSUER_ID, true));
  }

  private void saveAlice(PolicyDocument policy) {
    Map<String, PolicyDocument> named = new LinkedHashMap<>();
    named.put("tokens", policy);
    ports.core.users.save(TestUsers.aUser(TestAccounts.ALPHA, "alice", named));
  }

  private static Caller alice() {
    return TestCallers.withLongTermKey(TestPrincipals.alice());
  }

  private static GetWebIdentityTokenCommand command(
      Caller caller, String audience, Integer durationSeconds) {
    return new GetWebIdentityTokenCommand(
        caller, List.of(audience), durationSeconds, "RS256", List.of());
  }

  private static String payload(String token) {
    return new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
  }
}
