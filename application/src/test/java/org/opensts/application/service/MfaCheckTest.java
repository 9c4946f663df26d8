package org.opensts.application.service;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.opensts.application.service.MfaCheck.Operation;
import org.opensts.domain.credential.Base32;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.credential.Totp;
import org.opensts.domain.error.AccessDeniedException;
import org.opensts.domain.error.ErrorCode;
import org.opensts.domain.fixture.TestAccounts;
import org.opensts.domain.fixture.TestCallers;
import org.opensts.domain.fixture.TestClocks;
import org.opensts.domain.fixture.TestPrincipals;
import org.opensts.domain.iam.VirtualMfaDevice;
import org.opensts.domain.identity.IamPath;

/**
 * The MFA check of GetSessionToken and AssumeRole: both a serial number and a code, of a device
 * enabled for the calling IAM user, for the current 30-second step or one either side, each code
 * once; AWS's exact message for every refusal.
 */
class MfaCheckTest {

  private static final String SEED = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
  private static final Instant NOW = Instant.parse("2025-01-01T00:00:10.700Z");
  private static final long STEP = Totp.stepAt(NOW);
  private static final String ALICE_DEVICE = serial("alice-phone");
  private static final Caller ALICE = TestCallers.withLongTermKey(TestPrincipals.alice());

  private final TestPorts ports = new TestPorts();
  private final MfaCheck check =
      new MfaCheck(ports.mfaDevices, TestClocks.fixedAt("2025-01-01T00:00:10.700Z"));

  MfaCheckTest() {
    addDevice("alice-phone", "alice");
  }

  private static String serial(String name) {
    return VirtualMfaDevice.serialNumberOf(TestAccounts.ALPHA, IamPath.ROOT, name).toString();
  }

  private static String code(long step) {
    return Totp.code(Base32.decode(SEED), step);
  }

  private void addDevice(String name, String enabledFor) {
    VirtualMfaDevice device =
        VirtualMfaDevice.create(TestAccounts.ALPHA, IamPath.ROOT, name, SEED, List.of());
    ports.mfaDevices.add(enabledFor == null ? device : device.enabledFor(enabledFor, NOW));
  }

  private static void assertDenied(String message, Executable call) {
    AccessDeniedException error = assertThrows(AccessDeniedException.class, call);
    assertAll(
        () -> assertEquals(ErrorCode.ACCESS_DENIED, error.code()),
        () -> assertEquals(message, error.getMessage()));
  }

  @ParameterizedTest
  @EnumSource(Operation.class)
  void givenNeitherSerialNumberNorCode_verify_returnsNullForNoMfa(Operation operation) {
    assertNull(check.verify(ALICE, null, null, operation));
  }

  @ParameterizedTest
  @EnumSource(Operation.class)
  void givenCodeOfTheCurrentStep_verify_returnsTheCheckInstantInWholeSeconds(Operation operation) {
    assertEquals(
        Instant.parse("2025-01-01T00:00:10Z"),
        check.verify(ALICE, ALICE_DEVICE, code(STEP), operation));
  }

  static Stream<Arguments> halves() {
    return Stream.of(
        arguments(
            "a serial number only, GetSessionToken",
            ALICE_DEVICE,
            null,
            Operation.GET_SESSION_TOKEN),
        arguments("a code only, GetSessionToken", null, "123456", Operation.GET_SESSION_TOKEN),
        arguments("a serial number only, AssumeRole", ALICE_DEVICE, null, Operation.ASSUME_ROLE),
        arguments("a code only, AssumeRole", null, "123456", Operation.ASSUME_ROLE));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("halves")
  void givenOnlyOneOfSerialNumberAndCode_verify_failsWithMustProvideBoth(
      String description, String serialNumber, String tokenCode, Operation operation) {
    assertDenied(
        "MultiFactorAuthentication failed, must provide both MFA serial number and one time pass"
            + " code.",
        () -> check.verify(ALICE, serialNumber, tokenCode, operation));
  }

  static Stream<Arguments> unassociated() {
    return Stream.of(
        arguments(
            "the account root's long-term key",
            TestCallers.withLongTermKey(TestPrincipals.root()),
            ALICE_DEVICE),
        arguments(
            "alice's own session", TestCallers.withSession(TestPrincipals.alice()), ALICE_DEVICE),
        arguments(
            "a role session",
            TestCallers.withSession(TestPrincipals.deployerSession("build")),
            ALICE_DEVICE),
        arguments("no device with that serial number", ALICE, serial("nobody-phone")),
        arguments("another user's device", ALICE, serial("bob-phone")),
        arguments("a device enabled for nobody", ALICE, serial("spare-phone")),
        arguments(
            "alice's device name in another account",
            ALICE,
            VirtualMfaDevice.serialNumberOf(TestAccounts.BETA, IamPath.ROOT, "alice-phone")
                .toString()),
        arguments("a serial number that is no ARN", ALICE, "GAHT12345678"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unassociated")
  void givenCallerAndSerialNumberNotAssociated_verify_failsWithUnableToValidate(
      String description, Caller caller, String serialNumber) {
    addDevice("bob-phone", "bob");
    addDevice("spare-phone", null);

    for (Operation operation : Operation.values()) {
      assertDenied(
          MfaCheck.UNABLE_TO_VALIDATE,
          () -> check.verify(caller, serialNumber, code(STEP), operation));
    }
  }

  @Test
  void givenUnableToValidateMessage_isAwsTextWithTwoSpacesAfterCode() {
    assertEquals(
        "MultiFactorAuthentication failed, unable to validate MFA code.  Please verify your MFA"
            + " serial number is valid and associated with this user.",
        MfaCheck.UNABLE_TO_VALIDATE);
  }

  static Stream<Arguments> stepOffsets() {
    return Stream.of(
        arguments("one step ago", -1L), arguments("now", 0L), arguments("one step ahead", 1L));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stepOffsets")
  void givenCodeWithinOneStepOfNow_verify_acceptsIt(String description, long offset) {
    assertEquals(
        Instant.parse("2025-01-01T00:00:10Z"),
        check.verify(ALICE, ALICE_DEVICE, code(STEP + offset), Operation.GET_SESSION_TOKEN));
  }

  static Stream<Arguments> wrongCodes() {
    return Stream.of(
        arguments("two steps ago", code(STEP - 2)),
        arguments("two steps ahead", code(STEP + 2)),
        arguments("a code of no step", "000000".equals(code(STEP)) ? "111111" : "000000"),
        arguments("too short", code(STEP).substring(1)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("wrongCodes")
  void givenWrongCode_verifyForGetSessionToken_failsWithUnableToValidate(
      String description, String tokenCode) {
    assertDenied(
        MfaCheck.UNABLE_TO_VALIDATE,
        () -> check.verify(ALICE, ALICE_DEVICE, tokenCode, Operation.GET_SESSION_TOKEN));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("wrongCodes")
  void givenWrongCode_verifyForAssumeRole_failsWithInvalidOneTimePassCode(
      String description, String tokenCode) {
    assertDenied(
        "MultiFactorAuthentication failed with invalid MFA one time pass code.",
        () -> check.verify(ALICE, ALICE_DEVICE, tokenCode, Operation.ASSUME_ROLE));
  }

  @Test
  void givenCodeAlreadyUsed_verify_refusesItTheSecondTime() {
    check.verify(ALICE, ALICE_DEVICE, code(STEP), Operation.GET_SESSION_TOKEN);

    assertDenied(
        MfaCheck.UNABLE_TO_VALIDATE,
        () -> check.verify(ALICE, ALICE_DEVICE, code(STEP), Operation.GET_SESSION_TOKEN));
    assertDenied(
        MfaCheck.INVALID_CODE,
        () -> check.verify(ALICE, ALICE_DEVICE, code(STEP), Operation.ASSUME_ROLE));
  }

  @Test
  void givenLaterCodeAlreadyUsed_verify_refusesAnEarlierStepsCode() {
    check.verify(ALICE, ALICE_DEVICE, code(STEP + 1), Operation.ASSUME_ROLE);

    assertDenied(
        MfaCheck.INVALID_CODE,
        () -> check.verify(ALICE, ALICE_DEVICE, code(STEP), Operation.ASSUME_ROLE));
  }

  @Test
  void givenUsedCode_verify_storesItsStepWithTheDevice() {
    check.verify(ALICE, ALICE_DEVICE, code(STEP), Operation.GET_SESSION_TOKEN);

    assertEquals(
        STEP,
        ports.mfaDevices.find(TestAccounts.ALPHA, ALICE_DEVICE).orElseThrow().lastAcceptedStep());
  }

  @Test
  void givenTwoConcurrentRequestsWithTheSameCode_verify_letsExactlyOnePass() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 50; round++) {
        String serialNumber = serial("race-" + round);
        addDevice("race-" + round, "alice");
        CyclicBarrier start = new CyclicBarrier(2);
        Callable<Boolean> attempt =
            () -> {
              start.await();
              try {
                check.verify(ALICE, serialNumber, code(STEP), Operation.GET_SESSION_TOKEN);
                return true;
              } catch (AccessDeniedException e) {
                return false;
              }
            };
        List<Future<Boolean>> results = threads.invokeAll(List.of(attempt, attempt));

        long passed = 0;
        for (Future<Boolean> result : results) {
          passed += result.get() ? 1 : 0;
        }
        assertEquals(1, passed, "round " + round);
      }
    } finally {
      threads.shutdownNow();
    }
  }
}
