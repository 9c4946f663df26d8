package org.opensts.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opensts.server.CredentialAssertions.assertLasts;
import static org.opensts.server.StsErrors.assertStsError;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.AssumeRoleResponse;
import software.amazon.awssdk.services.sts.model.Credentials;

/**
 * AssumeRole as AWS documents it: trust policy, same/cross-account rules, durations, validation.
 */
class AssumeRoleSystemTest extends SystemTest {

  private static final String DELEGATED = "arn:aws:iam::111111111111:role/app/delegated";

  static Stream<Arguments> allowedCallers() {
    return Stream.of(
        Arguments.of(
            "a same-account user named in the trust policy needs no identity policy",
            TestAccounts.BOB,
            TestAccounts.role("direct")),
        Arguments.of(
            "a same-account user trusted through its account needs its identity policy",
            TestAccounts.ALICE,
            DELEGATED),
        Arguments.of(
            "a cross-account user whose account is trusted and whose policy allows",
            TestAccounts.DAVE,
            TestAccounts.role("cross")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("allowedCallers")
  void givenTrustedCaller_assumeRole_issuesWorkingRoleCredentials(
      String why, AwsBasicCredentials caller, String roleArn) {
    AssumeRoleResponse response =
        server.sts(caller).assumeRole(r -> r.roleArn(roleArn).roleSessionName("s1"));

    String roleName = roleArn.substring(roleArn.lastIndexOf('/') + 1);
    assertEquals(
        "arn:aws:sts::111111111111:assumed-role/" + roleName + "/s1",
        response.assumedRoleUser().arn());
    assertTrue(response.assumedRoleUser().assumedRoleId().matches("AROA[A-Z2-7]{17}:s1"));
    assertEquals(
        response.assumedRoleUser().arn(),
        sessionOf(response.credentials()).getCallerIdentity().arn());
  }

  static Stream<Arguments> deniedCallers() {
    return Stream.of(
        Arguments.of(
            "a user trusted only through its account, without an identity policy",
            TestAccounts.BOB,
            DELEGATED,
            "arn:aws:iam::111111111111:user/engineering/bob"),
        Arguments.of(
            "a user whose identity policy explicitly denies, though the account is trusted",
            TestAccounts.ALICE,
            TestAccounts.role("denied-to-alice"),
            "arn:aws:iam::111111111111:user/alice"),
        Arguments.of(
            "a cross-account user whose account is trusted but who has no identity policy",
            TestAccounts.ERIN,
            TestAccounts.role("cross"),
            "arn:aws:iam::222222222222:user/erin"),
        Arguments.of(
            "a cross-account user whose account the role does not trust",
            TestAccounts.DAVE,
            DELEGATED,
            "arn:aws:iam::222222222222:user/dave"),
        Arguments.of(
            "any user, for a role that does not exist",
            TestAccounts.ALICE,
            TestAccounts.role("nothing-here"),
            "arn:aws:iam::111111111111:user/alice"),
        Arguments.of(
            "any user, for a role ARN whose path is wrong",
            TestAccounts.ALICE,
            TestAccounts.role("delegated"),
            "arn:aws:iam::111111111111:user/alice"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("deniedCallers")
  void givenUntrustedCaller_assumeRole_failsWithAwsAccessDenied(
      String why, AwsBasicCredentials caller, String roleArn, String callerArn) {
    assertStsError(
        403,
        "AccessDenied",
        "User: "
            + callerArn
            + " is not authorized to perform: sts:AssumeRole on resource: "
            + roleArn,
        () -> server.sts(caller).assumeRole(r -> r.roleArn(roleArn).roleSessionName("s1")));
  }

  @Test
  void givenRootCredentials_assumeRole_failsWithAccessDenied() {
    assertStsError(
        403,
        "AccessDenied",
        "Roles may not be assumed by root accounts.",
        () ->
            server
                .sts(TestAccounts.ALPHA_ROOT)
                .assumeRole(r -> r.roleArn(DELEGATED).roleSessionName("s1")));
  }

  @Test
  void givenNoDuration_assumeRole_lastsOneHour() {
    Instant before = Instant.now();

    Credentials credentials =
        server
            .sts(TestAccounts.ALICE)
            .assumeRole(r -> r.roleArn(DELEGATED).roleSessionName("s1"))
            .credentials();

    assertLasts(Duration.ofHours(1), before, credentials.expiration());
  }

  @Test
  void givenDurationUpToTheRolesMaximum_assumeRole_lastsThatLong() {
    Instant before = Instant.now();

    Credentials credentials =
        server
            .sts(TestAccounts.ALICE)
            .assumeRole(r -> r.roleArn(DELEGATED).roleSessionName("s1").durationSeconds(7200))
            .credentials();

    assertLasts(Duration.ofSeconds(7200), before, credentials.expiration());
  }

  @Test
  void givenDurationBeyondTheRolesMaximum_assumeRole_failsWithValidationError() {
    assertStsError(
        400,
        "ValidationError",
        "The requested DurationSeconds exceeds the MaxSessionDuration set for this role.",
        () ->
            server
                .sts(TestAccounts.ALICE)
                .assumeRole(r -> r.roleArn(DELEGATED).roleSessionName("s1").durationSeconds(7201)));
  }

  @Test
  void givenRoleSession_assumeRoleTrustingThatRole_chainsForUpToOneHour() {
    StsClient session =
        sessionOf(
            server
                .sts(TestAccounts.ALICE)
                .assumeRole(r -> r.roleArn(DELEGATED).roleSessionName("first"))
                .credentials());

    AssumeRoleResponse chained =
        session.assumeRole(
            r ->
                r.roleArn(TestAccounts.role("chained"))
                    .roleSessionName("second")
                    .durationSeconds(3600));

    assertEquals(
        "arn:aws:sts::111111111111:assumed-role/chained/second", chained.assumedRoleUser().arn());
    assertStsError(
        400,
        "ValidationError",
        "The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.",
        () ->
            session.assumeRole(
                r ->
                    r.roleArn(TestAccounts.role("chained"))
                        .roleSessionName("third")
                        .durationSeconds(3601)));
  }

  static Stream<Arguments> invalidParameters() {
    return Stream.of(
        Arguments.of(
            "a session name with a forbidden character",
            DELEGATED,
            "Session1:2",
            null,
            "1 validation error detected: Value 'Session1:2' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*"),
        Arguments.of(
            "a session name of one character",
            DELEGATED,
            "a",
            null,
            "1 validation error detected: Value 'a' at 'roleSessionName' failed to satisfy constraint: Member must have length greater than or equal to 2"),
        Arguments.of(
            "a session name of 65 characters",
            DELEGATED,
            "s".repeat(65),
            null,
            "1 validation error detected: Value '"
                + "s".repeat(65)
                + "' at 'roleSessionName' failed to satisfy constraint: Member must have length less than or equal to 64"),
        Arguments.of(
            "a duration below 900 seconds",
            DELEGATED,
            "s1",
            899,
            "1 validation error detected: Value '899' at 'durationSeconds' failed to satisfy constraint: Member must have value greater than or equal to 900"),
        Arguments.of(
            "a duration above 43200 seconds",
            DELEGATED,
            "s1",
            43201,
            "1 validation error detected: Value '43201' at 'durationSeconds' failed to satisfy constraint: Member must have value less than or equal to 43200"),
        Arguments.of(
            "no role ARN at all",
            null,
            "s1",
            null,
            "1 validation error detected: Value null at 'roleArn' failed to satisfy constraint: Member must not be null"),
        Arguments.of(
            "a role ARN that is not an ARN",
            "nothing-valid-in-here",
            "s1",
            null,
            "nothing-valid-in-here is invalid"),
        Arguments.of(
            "a role ARN without a service",
            "arn:a::::something/test-role",
            "s1",
            null,
            "arn:a::::something/test-role is invalid"),
        Arguments.of(
            "a role ARN too short and a bad session name together",
            "arn:aws:iam::1",
            "a:b",
            null,
            "2 validation errors detected: Value 'arn:aws:iam::1' at 'roleArn' failed to satisfy constraint: Member must have length greater than or equal to 20; "
                + "Value 'a:b' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidParameters")
  void givenInvalidParameters_assumeRole_failsWithAwsValidationMessage(
      String why, String roleArn, String sessionName, Integer duration, String message) {
    assertStsError(
        400,
        "ValidationError",
        message,
        () ->
            server
                .sts(TestAccounts.ALICE)
                .assumeRole(
                    r ->
                        r.roleArn(roleArn).roleSessionName(sessionName).durationSeconds(duration)));
  }

  private static StsClient sessionOf(Credentials credentials) {
    return server.sts(
        AwsSessionCredentials.create(
            credentials.accessKeyId(), credentials.secretAccessKey(), credentials.sessionToken()));
  }
}
