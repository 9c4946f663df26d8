package org.opensts.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.opensts.server.IamErrors.assertIamError;
import static org.opensts.server.StsErrors.assertStsError;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opensts.domain.credential.Totp;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AccessKey;
import software.amazon.awssdk.services.sts.model.Credentials;

/**
 * MFA-protected API access as an AWS SDK user meets it: a user enables a virtual MFA device through
 * IAM, passes its serial number and a TOTP code to GetSessionToken, and the session's IAM calls
 * then satisfy {@code aws:MultiFactorAuthPresent} and {@code aws:MultiFactorAuthAge} conditions.
 * Codes are computed here from the device's seed at the server's (movable) time.
 */
class MfaSessionSystemTest extends SystemTest {

  private static final String UNABLE_TO_VALIDATE =
      "MultiFactorAuthentication failed, unable to validate MFA code.  Please verify your MFA"
          + " serial number is valid and associated with this user.";

  private static final String MUST_PROVIDE_BOTH =
      "MultiFactorAuthentication failed, must provide both MFA serial number and one time pass"
          + " code.";

  private static final String GET_OWN_USER_WITH_MFA =
      """
      {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:GetUser",
       "Resource":"arn:aws:iam::111111111111:user/%s",
       "Condition":{"Bool":{"aws:MultiFactorAuthPresent":"true"}}}]}
      """;

  private static final String GET_OWN_USER_WITHIN_FIVE_MINUTES_OF_MFA =
      """
      {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:GetUser",
       "Resource":"arn:aws:iam::111111111111:user/%s",
       "Condition":{"NumericLessThan":{"aws:MultiFactorAuthAge":"300"}}}]}
      """;

  private IamClient root;

  /** A user of the alpha account with a long-term key and an enabled virtual MFA device. */
  private record MfaUser(String name, AwsBasicCredentials keys, EnabledMfaDevice device) {
    String serialNumber() {
      return device.serialNumber();
    }
  }

  /**
   * The SDK signs with real time, and the server refuses signatures more than 15 minutes off its
   * clock: each test starts from real time and moves the clock only a few minutes.
   */
  @BeforeEach
  void resetClockAndRootClient() {
    server.clock.reset();
    root = IamClients.iam(server, TestAccounts.ALPHA_ROOT);
  }

  /** The device's code for the server's current step plus {@code offset} steps. */
  private static String code(MfaUser user, long offset) {
    return user.device().code(offset);
  }

  /** Creates the user with the policy (its {@code %s} the user's name), a key and a device. */
  private MfaUser userWithDevice(String name, String policy) {
    root.createUser(r -> r.userName(name));
    root.putUserPolicy(
        r -> r.userName(name).policyName("mfa").policyDocument(policy.formatted(name)));
    AccessKey key = root.createAccessKey(r -> r.userName(name)).accessKey();
    return new MfaUser(
        name,
        AwsBasicCredentials.create(key.accessKeyId(), key.secretAccessKey()),
        EnabledMfaDevice.enable(root, server.clock, name, name + "-phone"));
  }

  private Credentials sessionWithMfa(MfaUser user) {
    return server
        .sts(user.keys())
        .getSessionToken(r -> r.serialNumber(user.serialNumber()).tokenCode(code(user, 0)))
        .credentials();
  }

  private IamClient iam(Credentials credentials) {
    return IamClients.iam(
        server,
        AwsSessionCredentials.create(
            credentials.accessKeyId(), credentials.secretAccessKey(), credentials.sessionToken()));
  }

  private void assertGetSessionTokenDenied(
      String message, MfaUser user, String serial, String code) {
    assertStsError(
        403,
        "AccessDenied",
        message,
        () -> server.sts(user.keys()).getSessionToken(r -> r.serialNumber(serial).tokenCode(code)));
  }

  @Test
  void
      givenCurrentCodeOfTheUsersDevice_getSessionToken_issuesASessionIamAcceptsUnderAnMfaCondition() {
    MfaUser user = userWithDevice("mfa-present", GET_OWN_USER_WITH_MFA);

    Credentials credentials = sessionWithMfa(user);

    assertEquals(
        "mfa-present", iam(credentials).getUser(r -> r.userName("mfa-present")).user().userName());
  }

  @Test
  void givenSessionWithoutMfa_iamCall_failsWithInvalidClientTokenId() {
    MfaUser user = userWithDevice("mfa-absent", GET_OWN_USER_WITH_MFA);
    Credentials credentials = server.sts(user.keys()).getSessionToken().credentials();

    assertIamError(
        403, "InvalidClientTokenId", () -> iam(credentials).getUser(r -> r.userName("mfa-absent")));
  }

  @Test
  void givenMfaAgeCondition_iamCall_isAllowedWhileTheMfaIsFreshAndDeniedOnceItIsOld() {
    MfaUser user = userWithDevice("mfa-age", GET_OWN_USER_WITHIN_FIVE_MINUTES_OF_MFA);
    IamClient session = iam(sessionWithMfa(user));

    server.clock.advance(Duration.ofSeconds(120));
    assertNotNull(session.getUser(r -> r.userName("mfa-age")).user());

    server.clock.advance(Duration.ofSeconds(240));
    assertIamError(403, "AccessDenied", () -> session.getUser(r -> r.userName("mfa-age")));
  }

  @Test
  void givenWrongCode_getSessionToken_failsWithUnableToValidate() {
    MfaUser user = userWithDevice("mfa-wrong", GET_OWN_USER_WITH_MFA);
    String current = code(user, 0);
    String wrong = current.equals("123456") ? "654321" : "123456";

    assertGetSessionTokenDenied(UNABLE_TO_VALIDATE, user, user.serialNumber(), wrong);
  }

  @Test
  void givenCodeAlreadyUsed_getSessionToken_failsWithUnableToValidate() {
    MfaUser user = userWithDevice("mfa-reused", GET_OWN_USER_WITH_MFA);
    String code = code(user, 0);
    server
        .sts(user.keys())
        .getSessionToken(r -> r.serialNumber(user.serialNumber()).tokenCode(code));

    assertGetSessionTokenDenied(UNABLE_TO_VALIDATE, user, user.serialNumber(), code);
  }

  @Test
  void givenCodeUsedToEnableTheDevice_getSessionToken_failsWithUnableToValidate() {
    MfaUser user = userWithDevice("mfa-enable-code", GET_OWN_USER_WITH_MFA);

    // The clock has moved one step since enabling: the second enabling code is the previous one.
    assertGetSessionTokenDenied(UNABLE_TO_VALIDATE, user, user.serialNumber(), code(user, -1));
  }

  @Test
  void givenCodeOfTwoStepsAgo_getSessionToken_failsWithUnableToValidate() {
    MfaUser user = userWithDevice("mfa-stale", GET_OWN_USER_WITH_MFA);
    server.clock.advance(Duration.ofSeconds(3 * Totp.STEP_SECONDS));

    assertGetSessionTokenDenied(UNABLE_TO_VALIDATE, user, user.serialNumber(), code(user, -2));
  }

  @Test
  void givenAnotherUsersDeviceAndItsCode_getSessionToken_failsWithUnableToValidate() {
    MfaUser owner = userWithDevice("mfa-owner", GET_OWN_USER_WITH_MFA);
    MfaUser other = userWithDevice("mfa-other", GET_OWN_USER_WITH_MFA);

    assertGetSessionTokenDenied(UNABLE_TO_VALIDATE, other, owner.serialNumber(), code(owner, 0));
  }

  @Test
  void givenSerialNumberOnly_getSessionToken_failsWithMustProvideBoth() {
    MfaUser user = userWithDevice("mfa-half", GET_OWN_USER_WITH_MFA);

    assertStsError(
        403,
        "AccessDenied",
        MUST_PROVIDE_BOTH,
        () -> server.sts(user.keys()).getSessionToken(r -> r.serialNumber(user.serialNumber())));
  }

  @Test
  void givenRootKeyAndADeviceOfItsAccount_getSessionToken_failsWithUnableToValidate() {
    MfaUser user = userWithDevice("mfa-root", GET_OWN_USER_WITH_MFA);

    assertStsError(
        403,
        "AccessDenied",
        UNABLE_TO_VALIDATE,
        () ->
            server
                .sts(TestAccounts.ALPHA_ROOT)
                .getSessionToken(
                    r -> r.serialNumber(user.serialNumber()).tokenCode(code(user, 0))));
  }
}
