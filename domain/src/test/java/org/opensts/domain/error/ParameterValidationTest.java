package org.opensts.domain.error;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * AWS's service framework words validation errors one way: {@code N validation error(s) detected:}
 * then each violation as {@code Value 'v' at 'member' failed to satisfy constraint: Member must
 * ...}, joined by {@code "; "}.
 */
class ParameterValidationTest {

  private static final ModelPattern SESSION_NAME = ModelPattern.of("[\\w+=,.@-]*");

  static Stream<Arguments> violations() {
    return Stream.of(
        arguments(
            "a required member that is absent",
            (Consumer<ParameterValidation>) v -> v.required("roleArn", null),
            "1 validation error detected: Value null at 'roleArn' failed to satisfy constraint:"
                + " Member must not be null"),
        arguments(
            "a value that breaks the pattern (the LocalStack recording of AWS)",
            (Consumer<ParameterValidation>)
                v -> v.text("roleSessionName", "Session1:2", 2, 64, SESSION_NAME),
            "1 validation error detected: Value 'Session1:2' at 'roleSessionName' failed to satisfy"
                + " constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*"),
        arguments(
            "a value that is too short",
            (Consumer<ParameterValidation>)
                v -> v.text("roleSessionName", "a", 2, 64, SESSION_NAME),
            "1 validation error detected: Value 'a' at 'roleSessionName' failed to satisfy"
                + " constraint: Member must have length greater than or equal to 2"),
        arguments(
            "a value that is too long",
            (Consumer<ParameterValidation>) v -> v.length("tokenCode", "1234567", 6, 6),
            "1 validation error detected: Value '1234567' at 'tokenCode' failed to satisfy"
                + " constraint: Member must have length less than or equal to 6"),
        arguments(
            "a value that breaks both pattern and length: the pattern is listed first",
            (Consumer<ParameterValidation>)
                v -> v.text("roleSessionName", ":", 2, 64, SESSION_NAME),
            "2 validation errors detected: Value ':' at 'roleSessionName' failed to satisfy"
                + " constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*;"
                + " Value ':' at 'roleSessionName' failed to satisfy constraint: Member must have"
                + " length greater than or equal to 2"),
        arguments(
            "a number below its range",
            (Consumer<ParameterValidation>) v -> v.range("durationSeconds", 899, 900, 43200),
            "1 validation error detected: Value '899' at 'durationSeconds' failed to satisfy"
                + " constraint: Member must have value greater than or equal to 900"),
        arguments(
            "a number above its range",
            (Consumer<ParameterValidation>) v -> v.range("durationSeconds", 43201, 900, 43200),
            "1 validation error detected: Value '43201' at 'durationSeconds' failed to satisfy"
                + " constraint: Member must have value less than or equal to 43200"),
        arguments(
            "violations of several members, in the order they were checked",
            (Consumer<ParameterValidation>)
                v ->
                    v.required("roleArn", null)
                        .text("roleSessionName", "a", 2, 64, SESSION_NAME)
                        .range("durationSeconds", 60, 900, 43200),
            "3 validation errors detected: Value null at 'roleArn' failed to satisfy constraint:"
                + " Member must not be null; Value 'a' at 'roleSessionName' failed to satisfy"
                + " constraint: Member must have length greater than or equal to 2; Value '60' at"
                + " 'durationSeconds' failed to satisfy constraint: Member must have value greater"
                + " than or equal to 900"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("violations")
  void givenViolation_throwIfInvalid_reportsItInAwsWording(
      String description, Consumer<ParameterValidation> checks, String expectedMessage) {
    ParameterValidation validation = ParameterValidation.start();
    checks.accept(validation);

    InvalidRequestException error =
        assertThrows(InvalidRequestException.class, validation::throwIfInvalid);

    assertEquals(ErrorCode.VALIDATION_ERROR, error.code());
    assertEquals(expectedMessage, error.getMessage());
  }

  static Stream<Arguments> validValues() {
    return Stream.of(
        arguments(
            "an absent optional member: later checks skip null",
            (Consumer<ParameterValidation>)
                v ->
                    v.text("serialNumber", null, 9, 256, SESSION_NAME)
                        .length("tokenCode", null, 6, 6)
                        .range("durationSeconds", null, 900, 43200)),
        arguments(
            "a present required member",
            (Consumer<ParameterValidation>) v -> v.required("roleArn", "x")),
        arguments(
            "lengths on both bounds",
            (Consumer<ParameterValidation>)
                v -> v.text("roleSessionName", "ab", 2, 3, SESSION_NAME).length("x", "abc", 2, 3)),
        arguments(
            "numbers on both bounds",
            (Consumer<ParameterValidation>)
                v -> v.range("durationSeconds", 900, 900, 43200).range("d", 43200, 900, 43200)),
        arguments(
            "two supplementary characters count as two, not as four UTF-16 units",
            (Consumer<ParameterValidation>)
                v -> v.length("name", "\uD83D\uDE00\uD83D\uDE00", 1, 2)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validValues")
  void givenNoViolation_throwIfInvalid_passes(
      String description, Consumer<ParameterValidation> checks) {
    ParameterValidation validation = ParameterValidation.start();
    checks.accept(validation);

    assertDoesNotThrow(validation::throwIfInvalid);
  }

  @Test
  void givenAbsentRequiredMember_textChecks_addNothingMore() {
    ParameterValidation validation =
        ParameterValidation.start()
            .required("roleArn", null)
            .text("roleArn", null, 20, 2048, SESSION_NAME);

    InvalidRequestException error =
        assertThrows(InvalidRequestException.class, validation::throwIfInvalid);

    assertEquals(
        "1 validation error detected: Value null at 'roleArn' failed to satisfy constraint: Member"
            + " must not be null",
        error.getMessage());
  }
}
