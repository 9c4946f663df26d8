package org.opensts.application.port.in.sts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.error.ErrorCode;
import org.opensts.domain.error.InvalidRequestException;
import org.opensts.domain.fixture.TestCallers;
import org.opensts.domain.fixture.TestPrincipals;
import org.opensts.domain.identity.Arn;
import org.opensts.domain.identity.RoleSessionName;

/**
 * AssumeRole's members against AWS's model (RoleArn 20–2048 printable characters, RoleSessionName
 * 2–64 of {@code [\w+=,.@-]}, DurationSeconds 900–43200), reported in AWS's words, all violations
 * at once; an ARN that passes the model but cannot be parsed is "{@code <arn> is invalid}".
 */
class AssumeRoleCommandTest {

  private static final Caller CALLER = TestCallers.withLongTermKey(TestPrincipals.alice());
  private static final String ROLE_ARN = "arn:aws:iam::111111111111:role/deployer";
  private static final String ARN_PATTERN =
      "[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u0085\\u00A0-\\uD7FF\\uE000-\\uFFFD\\u10000-\\u10FFFF]+";
  private static final String SESSION_PATTERN = "[\\w+=,.@-]*";

  @Test
  void givenValidMembers_of_buildsTheCommand() {
    AssumeRoleCommand command =
        AssumeRoleCommand.of(
            CALLER,
            ROLE_ARN,
            "my-session",
            AssumeRoleCommand.Options.NONE.withDurationSeconds(900));

    assertEquals(Arn.parse(ROLE_ARN).orElseThrow(), command.roleArn());
    assertEquals(RoleSessionName.of("my-session"), command.roleSessionName());
    assertEquals(900, command.options().durationSeconds());
    assertEquals(CALLER, command.caller());
  }

  @Test
  void givenNoDuration_of_leavesItToTheRole() {
    assertNull(
        AssumeRoleCommand.of(CALLER, ROLE_ARN, "my-session", AssumeRoleCommand.Options.NONE)
            .options()
            .durationSeconds());
  }

  static Stream<Arguments> validEdges() {
    return Stream.of(
        arguments("a 20-character ARN", "arn:aws:iam::1:role/", "ab", 900),
        arguments(
            "a 2048-character ARN", ROLE_ARN + "x".repeat(2048 - ROLE_ARN.length()), "ab", 43200),
        arguments("an ARN with an emoji", ROLE_ARN + "\uD83D\uDE00", "ab", null),
        arguments("a 64-character session name", ROLE_ARN, "s".repeat(64), null),
        arguments(
            "every punctuation mark the session pattern allows",
            ROLE_ARN,
            "a_b+c=d,e.f@g-h",
            null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validEdges")
  void givenMembersOnTheModelsEdges_of_acceptsThem(
      String description, String roleArn, String sessionName, Integer duration) {
    AssumeRoleCommand command =
        AssumeRoleCommand.of(
            CALLER,
            roleArn,
            sessionName,
            AssumeRoleCommand.Options.NONE.withDurationSeconds(duration));

    assertEquals(roleArn, command.roleArn().toString());
  }

  static Stream<Arguments> invalidMembers() {
    String longArn = ROLE_ARN + "x".repeat(2049 - ROLE_ARN.length());
    String longName = "s".repeat(65);
    return Stream.of(
        arguments(
            "no role ARN",
            null,
            "my-session",
            null,
            "1 validation error detected: Value null at 'roleArn' failed to satisfy constraint: Member must not be null"),
        arguments(
            "a 19-character role ARN",
            "arn:aws:iam::1:role",
            "my-session",
            null,
            "1 validation error detected: Value 'arn:aws:iam::1:role' at 'roleArn' failed to satisfy constraint:"
                + " Member must have length greater than or equal to 20"),
        arguments(
            "a 2049-character role ARN",
            longArn,
            "my-session",
            null,
            "1 validation error detected: Value '"
                + longArn
                + "' at 'roleArn' failed to satisfy constraint:"
                + " Member must have length less than or equal to 2048"),
        arguments(
            "a control character in the role ARN",
            ROLE_ARN + "\u0001",
            "my-session",
            null,
            "1 validation error detected: Value '"
                + ROLE_ARN
                + "\u0001' at 'roleArn' failed to satisfy"
                + " constraint: Member must satisfy regular expression pattern: "
                + ARN_PATTERN),
        arguments(
            "no session name",
            ROLE_ARN,
            null,
            null,
            "1 validation error detected: Value null at 'roleSessionName' failed to satisfy constraint:"
                + " Member must not be null"),
        arguments(
            "a one-character session name",
            ROLE_ARN,
            "a",
            null,
            "1 validation error detected: Value 'a' at 'roleSessionName' failed to satisfy constraint:"
                + " Member must have length greater than or equal to 2"),
        arguments(
            "a 65-character session name",
            ROLE_ARN,
            longName,
            null,
            "1 validation error detected: Value '"
                + longName
                + "' at 'roleSessionName' failed to satisfy"
                + " constraint: Member must have length less than or equal to 64"),
        arguments(
            "a colon in the session name (LocalStack's AWS recording)",
            ROLE_ARN,
            "Session1:2",
            null,
            "1 validation error detected: Value 'Session1:2' at 'roleSessionName' failed to satisfy constraint:"
                + " Member must satisfy regular expression pattern: "
                + SESSION_PATTERN),
        arguments(
            "a space in the session name",
            ROLE_ARN,
            "my session",
            null,
            "1 validation error detected: Value 'my session' at 'roleSessionName' failed to satisfy constraint:"
                + " Member must satisfy regular expression pattern: "
                + SESSION_PATTERN),
        arguments(
            "a duration under 15 minutes",
            ROLE_ARN,
            "my-session",
            899,
            "1 validation error detected: Value '899' at 'durationSeconds' failed to satisfy constraint:"
                + " Member must have value greater than or equal to 900"),
        arguments(
            "a duration over 12 hours",
            ROLE_ARN,
            "my-session",
            43201,
            "1 validation error detected: Value '43201' at 'durationSeconds' failed to satisfy constraint:"
                + " Member must have value less than or equal to 43200"),
        arguments(
            "a negative duration",
            ROLE_ARN,
            "my-session",
            -1,
            "1 validation error detected: Value '-1' at 'durationSeconds' failed to satisfy constraint:"
                + " Member must have value greater than or equal to 900"),
        arguments(
            "no role ARN and a one-character session name",
            null,
            "a",
            null,
            "2 validation errors detected: Value null at 'roleArn' failed to satisfy constraint: Member must"
                + " not be null; Value 'a' at 'roleSessionName' failed to satisfy constraint: Member must"
                + " have length greater than or equal to 2"),
        arguments(
            "a short ARN, a bad session name and a short duration",
            "arn:aws:iam::1:role",
            "x:y",
            60,
            "3 validation errors detected: Value 'arn:aws:iam::1:role' at 'roleArn' failed to satisfy"
                + " constraint: Member must have length greater than or equal to 20; Value 'x:y' at"
                + " 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression"
                + " pattern: "
                + SESSION_PATTERN
                + "; Value '60' at 'durationSeconds' failed to satisfy"
                + " constraint: Member must have value greater than or equal to 900"),
        arguments(
            "an unparsable ARN and a bad session name: the model's errors come first",
            "nothing-valid-in-here",
            "a",
            null,
            "1 validation error detected: Value 'a' at 'roleSessionName' failed to satisfy constraint:"
                + " Member must have length greater than or equal to 2"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidMembers")
  void givenMembersBreakingTheModel_of_failsWithAwsValidationMessage(
      String description, String roleArn, String sessionName, Integer duration, String message) {
    InvalidRequestException error =
        assertThrows(
            InvalidRequestException.class,
            () ->
                AssumeRoleCommand.of(
                    CALLER,
                    roleArn,
                    sessionName,
                    AssumeRoleCommand.Options.NONE.withDurationSeconds(duration)));

    assertEquals(ErrorCode.VALIDATION_ERROR, error.code());
    assertEquals(message, error.getMessage());
  }

  static Stream<String> unparsableArns() {
    // LocalStack's recordings of AWS, and other model-valid text that is not an ARN.
    return Stream.of(
        "nothing-valid-in-here",
        "arn::b:::something/test-role",
        "arn:a::::something/test-role",
        "arn:a:::something/test-role",
        "arn:a:a::aaaaaaaaaa:",
        "role/deployer-in-account-111111111111");
  }

  @ParameterizedTest
  @MethodSource("unparsableArns")
  void givenModelValidTextThatIsNoArn_of_failsWithArnIsInvalid(String roleArn) {
    InvalidRequestException error =
        assertThrows(
            InvalidRequestException.class,
            () ->
                AssumeRoleCommand.of(
                    CALLER, roleArn, "my-session", AssumeRoleCommand.Options.NONE));

    assertEquals(ErrorCode.VALIDATION_ERROR, error.code());
    assertEquals(roleArn + " is invalid", error.getMessage());
  }

  @Test
  void givenDurationOutOfRange_constructor_refusesItToo() {
    Arn arn = Arn.parse(ROLE_ARN).orElseThrow();
    RoleSessionName name = RoleSessionName.of("my-session");

    InvalidRequestException error =
        assertThrows(
            InvalidRequestException.class,
            () ->
                new AssumeRoleCommand(
                    CALLER, arn, name, AssumeRoleCommand.Options.NONE.withDurationSeconds(43201)));

    assertEquals(
        "1 validation error detected: Value '43201' at 'durationSeconds' failed to satisfy constraint:"
            + " Member must have value less than or equal to 43200",
        error.getMessage());
  }

  @Test
  void givenNoCaller_constructor_refusesIt() {
    assertThrows(
        NullPointerException.class,
        () -> AssumeRoleCommand.of(null, ROLE_ARN, "my-session", AssumeRoleCommand.Options.NONE));
  }
}
