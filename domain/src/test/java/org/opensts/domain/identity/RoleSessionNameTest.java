package org.opensts.domain.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.opensts.domain.error.ErrorCode;
import org.opensts.domain.error.InvalidRequestException;

/** RoleSessionName: 2–64 characters of {@code [\w+=,.@-]}, reported as AWS reports violations. */
class RoleSessionNameTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ab",
        "my-session",
        "user@example.com",
        "a+b=c,d.e@f-g_h",
        "0123456789012345678901234567890123456789012345678901234567890123"
      })
  void givenNameWithinTheRules_of_keepsIt(String name) {
    assertEquals(name, RoleSessionName.of(name).value());
    assertEquals(name, RoleSessionName.of(name).toString());
  }

  static Stream<Arguments> invalidNames() {
    String tooLong = "a".repeat(65);
    return Stream.of(
        arguments(
            "no name",
            null,
            "1 validation error detected: Value null at 'roleSessionName' failed to satisfy"
                + " constraint: Member must not be null"),
        arguments(
            "the empty name",
            "",
            "1 validation error detected: Value '' at 'roleSessionName' failed to satisfy"
                + " constraint: Member must have length greater than or equal to 2"),
        arguments(
            "one character",
            "a",
            "1 validation error detected: Value 'a' at 'roleSessionName' failed to satisfy"
                + " constraint: Member must have length greater than or equal to 2"),
        arguments(
            "65 characters",
            tooLong,
            "1 validation error detected: Value '"
                + tooLong
                + "' at 'roleSessionName' failed to satisfy constraint: Member must have length"
                + " less than or equal to 64"),
        arguments(
            "a colon (LocalStack's AWS recording)",
            "Session1:2",
            "1 validation error detected: Value 'Session1:2' at 'roleSessionName' failed to"
                + " satisfy constraint: Member must satisfy regular expression pattern:"
                + " [\\w+=,.@-]*"),
        arguments(
            "a space",
            "my session",
            "1 validation error detected: Value 'my session' at 'roleSessionName' failed to"
                + " satisfy constraint: Member must satisfy regular expression pattern:"
                + " [\\w+=,.@-]*"),
        arguments(
            "a slash",
            "team/session",
            "1 validation error detected: Value 'team/session' at 'roleSessionName' failed to"
                + " satisfy constraint: Member must satisfy regular expression pattern:"
                + " [\\w+=,.@-]*"),
        arguments(
            "a single bad character: pattern and length both fail",
            "*",
            "2 validation errors detected: Value '*' at 'roleSessionName' failed to satisfy"
                + " constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*;"
                + " Value '*' at 'roleSessionName' failed to satisfy constraint: Member must have"
                + " length greater than or equal to 2"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidNames")
  void givenNameBreakingTheRules_of_failsWithValidationError(
      String description, String name, String message) {
    InvalidRequestException error =
        assertThrows(InvalidRequestException.class, () -> RoleSessionName.of(name));

    assertEquals(ErrorCode.VALIDATION_ERROR, error.code());
    assertEquals(message, error.getMessage());
  }
}
