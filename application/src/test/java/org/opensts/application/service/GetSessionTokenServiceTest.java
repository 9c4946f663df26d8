package org.opensts.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opensts.application.port.in.sts.GetSessionTokenCommand;
import org.opensts.application.port.in.sts.GetSessionTokenResult;
import org.opensts.application.port.in.sts.GetSessionTokenUseCase;
import org.opensts.domain.credential.Base32;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.credential.Session;
import org.opensts.domain.credential.SessionTokenCodec;
import org.opensts.domain.credential.Totp;
import org.opensts.domain.error.AccessDeniedException;
import org.opensts.domain.error.ErrorCode;
import org.opensts.domain.fixture.TestAccounts;
import org.opensts.domain.fixture.TestCallers;
import org.opensts.domain.fixture.TestClocks;
import org.opensts.domain.fixture.TestPrincipals;
import org.opensts.domain.fixture.TestSealingKeys;
import org.opensts.domain.iam.VirtualMfaDevice;
import org.opensts.domain.identity.IamPath;
import org.opensts.domain.identity.Principal;

/**
 * GetSessionToken: a user's or the root's long-term key in, temporary credentials of the same
 * principal out. Users get 900–129600 s (default 43200); the root gets at most an hour, and a
 * longer request is silently cut to one hour rather than refused.
 */
class GetSessionTokenServiceTest {

  private static final String MFA_FAILED =
      "MultiFactorAuthentication failed, unable to validate MFA code.  Please verify your MFA"
          + " serial number is valid and associated with this user.";
  private static final String MFA_HALF =
      "MultiFactorAuthentication failed, must provide both MFA serial number and one time pass"
          + " code.";
  private static final String SEED = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

  private final TestPorts ports = new TestPorts();
  private final GetSessionTokenUseCase useCase =
      ports.useCases(TestClocks.fixed()).getSessionToken();

  static Stream<Arguments> sessionCallers() {
    return Stream.of(
        arguments("a user's own session", TestPrincipals.alice()),
        arguments("the root's session", TestPrincipals.root()),
        arguments("a role session", TestPrincipals.deployerSession("build-1")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sessionCallers")
  void givenSessionCredentials_getSessionToken_failsWithAccessDenied(
      String description, Principal principal) {
    GetSessionTokenCommand command =
        new GetSessionTokenCommand(TestCallers.withSession(principal), null, null, null);

    AccessDeniedException error =
        assertThrows(AccessDeniedException.class, () -> useCase.getSessionToken(command));

    assertEquals(ErrorCode.ACCESS_DENIED, error.code());
    assertEquals("Cannot call GetSessionToken with session credentials", error.getMessage());
  }

  static Stream<Arguments> durations() {
    return Stream.of(
        arguments("a user, no duration: 12 hours", TestPrincipals.alice(), null, 43200),
        arguments("a user, the minimum", TestPrincipals.alice(), 900, 900),
        arguments("a user, two hours", TestPrincipals.alice(), 7200, 7200),
        arguments("a user, the 36-hour maximum", TestPrincipals.alice(), 129600, 129600),
        arguments("the root, no duration: one hour", TestPrincipals.root(), null, 3600),
        arguments("the root, the minimum", TestPrincipals.root(), 900, 900),
        arguments("the root, exactly one hour", TestPrincipals.root(), 3600, 3600),
        arguments(
            "the root, one second over an hour: cut to one hour",
            TestPrincipals.root(),
            3601,
            3600),
        arguments("the root, 36 hours: cut to one hour", TestPrincipals.root(), 129600, 3600));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("durations")
  void givenLongTermKey_getSessionToken_expiresAfterTheGrantedDuration(
      String description, Principal principal, Integer requested, int seconds) {
    GetSessionTokenResult result =
        useCase.getSessionToken(
            new GetSessionTokenCommand(
                TestCallers.withLongTermKey(principal), requested, null, null));

    assertEquals(TestClocks.NOW.plusSeconds(seconds), result.credentials().expiration());
  }

  static Stream<Arguments> mfaParameters() {
    return Stream.of(
        arguments(
            "a serial number of no device, and a code",
            "arn:aws:iam::111111111111:mfa/alice",
            "123456",
            MFA_FAILED),
        arguments("a serial number only", "arn:aws:iam::111111111111:mfa/alice", null, MFA_HALF),
        arguments("a code only", null, "123456", MFA_HALF));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mfaParameters")
  void givenMfaParametersWithoutEnabledDevice_getSessionToken_failsWithAccessDenied(
      String description, String serialNumber, String tokenCode, String message) {
    GetSessionTokenCommand command =
        new GetSessionTokenCommand(
            TestCallers.withLongTermKey(TestPrincipals.alice()), null, serialNumber, tokenCode);

    AccessDeniedException error =
        assertThrows(AccessDeniedException.class, () -> useCase.getSessionToken(command));

    assertEquals(ErrorCode.ACCESS_DENIED, error.code());
    assertEquals(message, error.getMessage());
  }

  @Test
  void givenCodeOfTheUsersEnabledDevice_getSessionToken_sealsTheMfaInstantIntoTheSession() {
    VirtualMfaDevice device =
        VirtualMfaDevice.create(TestAccounts.ALPHA, IamPath.ROOT, "alice-phone", SEED, List.of());
    ports.mfaDevices.add(device.enabledFor(TestPrincipals.alice().userName(), TestClocks.NOW));
    String code = Totp.code(Base32.decode(SEED), Totp.stepAt(TestClocks.NOW));

    GetSessionTokenResult result =
        useCase.getSessionToken(
            new GetSessionTokenCommand(
                TestCallers.withLongTermKey(TestPrincipals.alice()),
                null,
                device.serialNumber().toString(),
                code));

    Session session =
        SessionTokenCodec.open(result.credentials().sessionToken(), ports.keyRing::find);
    assertEquals(TestClocks.NOW, session.context().mfaAuthenticatedAt());
  }

  @Test
  void givenNoMfaParameters_getSessionToken_issuesASessionWithoutMfa() {
    GetSessionTokenResult result =
        useCase.getSessionToken(
            new GetSessionTokenCommand(
                TestCallers.withLongTermKey(TestPrincipals.alice()), null, null, null));

    Session session =
        SessionTokenCodec.open(result.credentials().sessionToken(), ports.keyRing::find);
    assertFalse(session.context().isMfaAuthenticated());
  }

  static Stream<Arguments> principals() {
    return Stream.of(
        arguments("an IAM user", TestPrincipals.alice()),
        arguments("the account root", TestPrincipals.root()),
        arguments("a user of another account", TestPrincipals.user(TestAccounts.BETA, "carol")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("principals")
  void givenLongTermKey_getSessionToken_issuesCredentialsOfTheSamePrincipal(
      String description, Principal principal) {
    Caller caller = TestCallers.withLongTermKey(principal);

    GetSessionTokenResult result =
        useCase.getSessionToken(new GetSessionTokenCommand(caller, 900, null, null));

    Session session =
        SessionTokenCodec.open(result.credentials().sessionToken(), ports.keyRing::find);
    assertEquals(principal, session.principal());
    assertEquals(result.credentials().accessKeyId(), session.accessKeyId());
    assertEquals(result.credentials().secretAccessKey(), session.secretAccessKey());
    assertEquals(TestClocks.NOW, session.issuedAt());
    assertEquals(result.credentials().expiration(), session.expiresAt());
    assertTrue(result.credentials().accessKeyId().value().startsWith("ASIA"));
    assertEquals(
        Optional.of(principal.account()), result.credentials().accessKeyId().encodedAccount());
  }

  @Test
  void givenRotatedKeyRing_getSessionToken_sealsWithTheCurrentKey() {
    ports.keyRing.rotateTo(TestSealingKeys.key("next", 9));
    GetSessionTokenResult result =
        useCase.getSessionToken(
            new GetSessionTokenCommand(
                TestCallers.withLongTermKey(TestPrincipals.alice()), null, null, null));

    ports.keyRing.forget(TestSealingKeys.KEY_ID);

    assertEquals(
        TestPrincipals.alice(),
        SessionTokenCodec.open(result.credentials().sessionToken(), ports.keyRing::find)
            .principal());
  }
}
