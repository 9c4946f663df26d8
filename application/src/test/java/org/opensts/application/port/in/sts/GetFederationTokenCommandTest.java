package org.opensts.application.port.in.sts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.credential.SessionPolicyParameters;
import org.opensts.domain.error.ErrorCode;
import org.opensts.domain.error.InvalidRequestException;
import org.opensts.domain.fixture.TestCallers;
import org.opensts.domain.fixture.TestPrincipals;
import org.opensts.domain.identity.Tag;

/**
 * GetFederationToken's members against AWS's model (Name 2–32 of {@code [\w+=,.@-]}, Policy up to
 * 2048 characters, up to 10 PolicyArns, DurationSeconds 900–129600, up to 50 tags), reported in
 * AWS's words, all violations at once; then the tags as STS checks session tags.
 */
class GetFederationTokenCommandTest {

  private static final Caller CALLER = TestCallers.withLongTermKey(TestPrincipals.alice());
  private static final String POLICY_ARN = "arn:aws:iam::111111111111:policy/readers";

  @Test
  void givenValidMembers_of_buildsTheCommand() {
    GetFederationTokenCommand command =
        GetFederationTokenCommand.of(
            CALLER, "bob", "{}", List.of(POLICY_ARN), 900, List.of(new Tag("k", "v")));

    assertEquals("bob", command.name());
    assertEquals(new SessionPolicyParameters("{}", List.of(POLICY_ARN)), command.policies());
    assertEquals(900, command.durationSeconds());
    assertEquals(List.of(new Tag("k", "v")), command.tags());
  }

  static Stream<Arguments> validEdges() {
    return Stream.of(
        arguments("a 2-character name", "ab", null, List.of(), 900),
        arguments("a 32-character name", "n".repeat(32), null, List.of(), 129600),
        arguments(
            "every punctuation mark the name pattern allows",
            "a_b+c=d,e.f@g-h",
            null,
            List.of(),
            null),
        arguments("a 2048-character policy", "ab", "p".repeat(2048), List.of(), null),
        arguments("10 policy ARNs", "ab", null, arns(10), null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validEdges")
  void givenMembersOnTheModelsEdges_of_acceptsThem(
      String description, String name, String policy, List<String> arns, Integer duration) {
    GetFederationTokenCommand command =
        GetFederationTokenCommand.of(CALLER, name, policy, arns, duration, List.of());

    assertEquals(name, command.name());
  }

  static Stream<Arguments> invalidMembers() {
    return Stream.of(
        arguments(
            "no name",
            null,
            null,
            List.of(),
            null,
            "1 validation error detected: Value null at 'name' failed to satisfy constraint:"
                + " Member must not be null"),
        arguments(
            "a 1-character name",
            "b",
            null,
            List.of(),
            null,
            "1 validation error detected: Value 'b' at 'name' failed to satisfy constraint: Member"
                + " must have length greater than or equal to 2"),
        arguments(
            "a 33-character name",
            "n".repeat(33),
            null,
            List.of(),
            null,
            "1 validation error detected: Value '"
                + "n".repeat(33)
                + "' at 'name' failed to satisfy constraint: Member must have length less than or"
                + " equal to 32"),
        arguments(
            "a colon in the name",
            "bo:b",
            null,
            List.of(),
            null,
            "1 validation error detected: Value 'bo:b' at 'name' failed to satisfy constraint:"
                + " Member must satisfy regular expression pattern: [\\w+=,.@-]*"),
        arguments(
            "a 2049-character policy",
            "bob",
            "p".repeat(2049),
            List.of(),
            null,
            "1 validation error detected: Value '"
                + "p".repeat(2049)
                + "' at 'policy' failed to satisfy constraint: Member must have length less than or"
                + " equal to 2048"),
        arguments(
            "11 policy ARNs",
            "bob",
            null,
            arns(11),
            null,
            "1 validation error detected: Value '"
                + arns(11)
                + "' at 'policyArns' failed to satisfy constraint: Member must have length less"
                + " than or equal to 10"),
        arguments(
            "899 seconds",
            "bob",
            null,
            List.of(),
            899,
            "1 validation error detected: Value '899' at 'durationSeconds' failed to satisfy"
                + " constraint: Member must have value greater than or equal to 900"),
        arguments(
            "129601 seconds",
            "bob",
            null,
            List.of(),
            129601,
            "1 validation error detected: Value '129601' at 'durationSeconds' failed to satisfy"
                + " constraint: Member must have value less than or equal to 129600"),
        arguments(
            "a short name and too short a duration, together",
            "b",
            null,
            List.of(),
            899,
            "2 validation errors detected: Value 'b' at 'name' failed to satisfy constraint:"
                + " Member must have length greater than or equal to 2; Value '899' at"
                + " 'durationSeconds' failed to satisfy constraint: Member must have value greater"
                + " than or equal to 900"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidMembers")
  void givenMembersOutsideTheModel_of_failsWithValidationError(
      String description,
      String name,
      String policy,
      List<String> arns,
      Integer duration,
      String message) {
    InvalidRequestException error =
        assertThrows(
            InvalidRequestException.class,
            () -> GetFederationTokenCommand.of(CALLER, name, policy, arns, duration, List.of()));

    assertEquals(ErrorCode.VALIDATION_ERROR, error.code());
    assertEquals(message, error.getMessage());
  }

  @Test
  void given51Tags_of_failsWithValidationError() {
    List<Tag> tags = new ArrayList<>();
    for (int i = 0; i < 51; i++) {
      tags.add(new Tag("key" + i, "v"));
    }

    InvalidRequestException error =
        assertThrows(
            InvalidRequestException.class,
            () -> GetFederationTokenCommand.of(CALLER, "bob", null, List.of(), null, tags));

    assertEquals(ErrorCode.VALIDATION_ERROR, error.code());
  }

  static Stream<Arguments> invalidTags() {
    return Stream.of(
        arguments(
            "keys differing only by case",
            List.of(new Tag("Project", "a"), new Tag("project", "b")),
            "Duplicate tag keys found. Please note that Tag keys are case insensitive."),
        arguments(
            "a key in the aws: namespace",
            List.of(new Tag("aws:project", "a")),
            "Tag keys cannot start with the reserved prefix 'aws:'."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidTags")
  void givenTagsStsRefuses_of_failsWithInvalidParameterValue(
      String description, List<Tag> tags, String message) {
    InvalidRequestException error =
        assertThrows(
            InvalidRequestException.class,
            () -> GetFederationTokenCommand.of(CALLER, "bob", null, List.of(), null, tags));

    assertEquals(ErrorCode.INVALID_PARAMETER_VALUE, error.code());
    assertEquals(message, error.getMessage());
  }

  private static List<String> arns(int count) {
    List<String> arns = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      arns.add(POLICY_ARN + i);
    }
    return arns;
  }
}
