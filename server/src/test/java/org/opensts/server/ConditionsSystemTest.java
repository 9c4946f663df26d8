package org.opensts.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.opensts.server.StsErrors.assertStsError;

import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.Credentials;

/**
 * Trust policies with conditions, evaluated on what the request really is: where it comes from (the
 * SDK connects from 127.0.0.1), when it is made, who makes it. Accounts in {@code
 * conditions-bootstrap.json}.
 */
class ConditionsSystemTest {

  private static final AwsBasicCredentials GINA =
      AwsBasicCredentials.create(
          "AKIAGAMMAGINA0000001", "gina-secret-00000000000000000000000000000");
  private static final AwsBasicCredentials HANK =
      AwsBasicCredentials.create(
          "AKIAGAMMAHANK0000001", "hank-secret-00000000000000000000000000000");
  private static final AwsBasicCredentials DORA =
      AwsBasicCredentials.create(
          "AKIADELTADORA0000001", "dora-secret-00000000000000000000000000000");
  private static final AwsBasicCredentials DAN =
      AwsBasicCredentials.create(
          "AKIADELTADAN00000001", "dan-secret-000000000000000000000000000000");

  private static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start("conditions-bootstrap.json");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static Stream<Arguments> allowed() {
    return Stream.of(
        Arguments.of("aws:SourceIp within the loopback range", GINA, gamma("from-loopback"), "s1"),
        Arguments.of("aws:CurrentTime after 2020", GINA, gamma("after-2020"), "s1"),
        Arguments.of(
            "aws:PrincipalTag/team of the caller is platform", GINA, gamma("platform-team"), "s1"),
        Arguments.of(
            "sts:RoleSessionName built from ${aws:username}",
            GINA,
            gamma("own-name-sessions"),
            "gina-laptop"),
        Arguments.of(
            "a Deny on the billing team does not touch platform",
            GINA,
            gamma("not-on-weekends-of-billing"),
            "s1"),
        Arguments.of(
            "cross-account: the other account's platform user, allowed on both sides",
            DORA,
            gamma("for-delta-platform"),
            "s1"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("allowed")
  void givenConditionThatHolds_assumeRole_succeeds(
      String why, AwsBasicCredentials caller, String roleArn, String session) {
    String arn =
        server
            .sts(caller)
            .assumeRole(r -> r.roleArn(roleArn).roleSessionName(session))
            .assumedRoleUser()
            .arn();

    assertEquals(
        roleArn.replace(":iam::", ":sts::").replace(":role/", ":assumed-role/") + "/" + session,
        arn);
  }

  static Stream<Arguments> denied() {
    return Stream.of(
        Arguments.of("aws:SourceIp outside the office range", GINA, gamma("from-the-office"), "s1"),
        Arguments.of("aws:CurrentTime not before 2000", GINA, gamma("before-2000"), "s1"),
        Arguments.of(
            "aws:PrincipalTag/team of the caller is billing", HANK, gamma("platform-team"), "s1"),
        Arguments.of(
            "a session name that does not start with the caller's user name",
            GINA,
            gamma("own-name-sessions"),
            "hank-laptop"),
        Arguments.of(
            "an explicit Deny on the caller's tag beats the Allow",
            HANK,
            gamma("not-on-weekends-of-billing"),
            "s1"),
        Arguments.of(
            "cross-account: the other account's billing user fails the trust condition",
            DAN,
            gamma("for-delta-platform"),
            "s1"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("denied")
  void givenConditionThatFails_assumeRole_failsWithAccessDenied(
      String why, AwsBasicCredentials caller, String roleArn, String session) {
    assertStsError(
        403,
        "AccessDenied",
        () -> server.sts(caller).assumeRole(r -> r.roleArn(roleArn).roleSessionName(session)));
  }

  @Test
  void
      givenRoleSessionOfMatchingRole_assumeRoleInOtherAccount_isTrustedByAwsPrincipalArnOfTheRole() {
    StsClient platform =
        sessionOf(
            server
                .sts(GINA)
                .assumeRole(r -> r.roleArn(gamma("platform-team")).roleSessionName("s1"))
                .credentials());
    StsClient loopback =
        sessionOf(
            server
                .sts(GINA)
                .assumeRole(r -> r.roleArn(gamma("from-loopback")).roleSessionName("s1"))
                .credentials());
    String target = "arn:aws:iam::444444444444:role/for-gamma-sessions";

    assertEquals(
        "arn:aws:sts::444444444444:assumed-role/for-gamma-sessions/chained",
        platform
            .assumeRole(r -> r.roleArn(target).roleSessionName("chained"))
            .assumedRoleUser()
            .arn());
    assertStsError(
        403,
        "AccessDenied",
        () -> loopback.assumeRole(r -> r.roleArn(target).roleSessionName("chained")));
  }

  private static String gamma(String role) {
    return "arn:aws:iam::333333333333:role/" + role;
  }

  private static StsClient sessionOf(Credentials credentials) {
    return server.sts(
        AwsSessionCredentials.create(
            credentials.accessKeyId(), credentials.secretAccessKey(), credentials.sessionToken()));
  }
}
