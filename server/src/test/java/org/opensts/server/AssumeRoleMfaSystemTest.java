package org.opensts.server;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.opensts.server.IamErrors.assertIamError;
import static org.opensts.server.StsErrors.assertStsError;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AccessKey;
import software.amazon.awssdk.services.sts.model.Credentials;

/**
 * AssumeRole with {@code SerialNumber} and {@code TokenCode}: a trust policy requiring MFA lets in
 * only a caller who passes a fresh code of its own enabled device, and the session then carries the
 * MFA context ({@code aws:MultiFactorAuthPresent}, {@code aws:MultiFactorAuthAge}).
 */
class AssumeRoleMfaSystemTest extends SessionParametersSystemTest {

  private static final String INVALID_CODE =
      "MultiFactorAuthentication failed with invalid MFA one time pass code.";
  private static final String MFA_ONLY_DENIED =
      "User: arn:aws:iam::333333333333:user/%s is not authorized to perform: sts:AssumeRole on"
          + " resource: arn:aws:iam::333333333333:role/mfa-only";

  private IamClient root;

  /** Codes depend on the server's clock, which each test starts from real time. */
  @BeforeEach
  void resetClock() {
    server.clock.reset();
    root = IamClients.iam(server, GAMMA_ROOT);
  }

  /** A user whose trust the mfa-only role gives (by the account) and whose policy allows it. */
  private AwsBasicCredentials userAllowedToAssume(String name) {
    root.createUser(r -> r.userName(name));
    root.putUserPolicy(
        r ->
            r.userName(name)
                .policyName("assume")
                .policyDocument(
                    "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":"
                        + "\"sts:AssumeRole\",\"Resource\":\"*\"}]}"));
    AccessKey key = root.createAccessKey(r -> r.userName(name)).accessKey();
    return AwsBasicCredentials.create(key.accessKeyId(), key.secretAccessKey());
  }

  @Test
  void givenFreshCodeOfTheCallersDevice_assumeRole_passesAnMfaTrustCondition() {
    AwsBasicCredentials keys = userAllowedToAssume("mfa-assumer");
    EnabledMfaDevice device = EnabledMfaDevice.enable(root, server.clock, "mfa-assumer", "mfa-a");

    Credentials session =
        assume(
                server.sts(keys),
                "mfa-only",
                r -> r.serialNumber(device.serialNumber()).tokenCode(device.code(0)))
            .credentials();

    assertDoesNotThrow(() -> sts(session).getCallerIdentity());
  }

  @Test
  void givenNoMfa_assumeRole_failsTheMfaTrustCondition() {
    AwsBasicCredentials keys = userAllowedToAssume("mfa-none");

    assertStsError(
        403,
        "AccessDenied",
        MFA_ONLY_DENIED.formatted("mfa-none"),
        () -> assume(server.sts(keys), "mfa-only", r -> {}));
  }

  @Test
  void givenWrongOrReusedCode_assumeRole_failsWithInvalidOneTimePassCode() {
    AwsBasicCredentials keys = userAllowedToAssume("mfa-reuser");
    EnabledMfaDevice device = EnabledMfaDevice.enable(root, server.clock, "mfa-reuser", "mfa-r");
    String code = device.code(0);
    String wrong = code.equals("000000") ? "111111" : "000000";
    assume(
        server.sts(keys), "mfa-only", r -> r.serialNumber(device.serialNumber()).tokenCode(code));

    assertStsError(
        403,
        "AccessDenied",
        INVALID_CODE,
        () ->
            assume(
                server.sts(keys),
                "mfa-only",
                r -> r.serialNumber(device.serialNumber()).tokenCode(code)));
    assertStsError(
        403,
        "AccessDenied",
        INVALID_CODE,
        () ->
            assume(
                server.sts(keys),
                "mfa-only",
                r -> r.serialNumber(device.serialNumber()).tokenCode(wrong)));
  }

  @Test
  void givenMfaAtAssumeRole_sessionRequests_carryTheMfaContext() {
    AwsBasicCredentials keys = userAllowedToAssume("mfa-context");
    EnabledMfaDevice device = EnabledMfaDevice.enable(root, server.clock, "mfa-context", "mfa-c");
    String listWithMfa =
        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":"
            + "\"iam:ListRoles\",\"Resource\":\"*\",\"Condition\":{\"Bool\":"
            + "{\"aws:MultiFactorAuthPresent\":\"true\"}}}]}";

    Credentials withMfa =
        assume(
                server.sts(keys),
                "tagger-for-all",
                r ->
                    r.serialNumber(device.serialNumber())
                        .tokenCode(device.code(0))
                        .policy(listWithMfa))
            .credentials();
    Credentials withoutMfa =
        assume(server.sts(keys), "tagger-for-all", r -> r.policy(listWithMfa)).credentials();

    assertDoesNotThrow(() -> iam(withMfa).listRoles());
    assertIamError(403, "AccessDenied", () -> iam(withoutMfa).listRoles());
  }
}
