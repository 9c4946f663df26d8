package org.opensts.application.port.in.sts;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/**
 * GetSessionToken's members against AWS's model: DurationSeconds 900–129600, SerialNumber 9–256 of
 * {@code [\w+=/:,.@-]}, TokenCode six digits.
 */
class GetSessionTokenCommandTest {

  private static final Caller CALLER = TestCallers.withLongTermKey(TestPrincipals.alice());

  static Stream<Arguments> validMembers() {
    return Stream.of(
        arguments("nothing but the caller", null, null, null),
        arguments("the shortest duration", 900, null, null),
        arguments("the longest duration (36 hours)", 129600, null, null),
        arguments(
            "an MFA device ARN and code", null, "arn:aws:iam::111111111111:mfa/alice", "123456"),
        arguments("a hardware serial number", null, "GAHT12345678", "000000"),
        arguments("a 256-character serial number", null, "s".repeat(256), "999999"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validMembers")
  void givenMembersWithinTheModel_constructor_acceptsThem(
      String description, Integer duration, String serialNumber, String tokenCode) {
    GetSessionTokenCommand command =
        new GetSessionTokenCommand(CALLER, duration, serialNumber, tokenCode);

    assertEquals(duration, command.durationSeconds());
    assertEquals(serialNumber, command.serialNumber());
    assertEquals(tokenCode, command.tokenCode());
  }

  static Stream<Arguments> invalidMembers() {
    return Stream.of(
        arguments(
            "a duration under 15 minutes",
            899,
            null,
            null,
            "1 validation error detected: Value '899' at 'durationSeconds' failed to satisfy constraint:"
                + " Member must have value greater than or equal to 900"),
        arguments(
            "a duration over 36 hours",
            129601,
            null,
            null,
            "1 validation error detected: Value '129601' at 'durationSeconds' failed to satisfy constraint:"
                + " Member must have value less than or equal to 129600"),
        arguments(
            "an eight-character serial number",
            null,
            "GAHT1234",
            "123456",
            "1 validation error detected: Value 'GAHT1234' at 'serialNumber' failed to satisfy constraint:"
                + " Member must have length greater than or equal to 9"),
        arguments(
            "a 257-character serial number",
            null,
            "s".repeat(257),
            "123456",
            "1 validation error detected: Value '"
                + "s".repeat(257)
                + "' at 'serialNumber' failed to"
                + " satisfy constraint: Member must have length less than or equal to 256"),
        arguments(
            "a space in the serial number",
            null,
            "GAHT 12345678",
            "123456",
            "1 validation error detected: Value 'GAHT 12345678' at 'serialNumber' failed to satisfy"
                + " constraint: Member must satisfy regular expression pattern: [\\w+=/:,.@-]*"),
        arguments(
            "a five-digit code",
            null,
            null,
            "12345",
            "1 validation error detected: Value '12345' at 'tokenCode' failed to satisfy constraint:"
                + " Member must have length greater than or equal to 6"),
        arguments(
            "a seven-digit code",
            null,
            null,
            "1234567",
            "1 validation error detected: Value '1234567' at 'tokenCode' failed to satisfy constraint:"
                + " Member must have length less than or equal to 6"),
        arguments(
            "letters in the code",
            null,
            null,
            "abcdef",
            "1 validation error detected: Value 'abcdef' at 'tokenCode' failed to satisfy constraint:"
                + " Member must satisfy regular expression pattern: [\\d]*"),
        arguments(
            "a bad duration and a bad code",
            60,
            null,
            "12a",
            "3 validation errors detected: Value '60' at 'durationSeconds' failed to satisfy constraint:"
                + " Member must have value greater than or equal to 900; Value '12a' at 'tokenCode' failed"
                + " to satisfy constraint: Member must satisfy regular expression pattern: [\\d]*; Value"
                + " '12a' at 'tokenCode' failed to satisfy constraint: Member must have length greater"
                + " than or equal to 6"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidMembers")
  void givenMembersBreakingTheModel_constructor_failsWithAwsValidationMessage(
      String description, Integer duration, String serialNumber, String tokenCode, String message) {
    InvalidRequestException error =
        assertThrows(
            InvalidRequestException.class,
            () -> new GetSessionTokenCommand(CALLER, duration, serialNumber, tokenCode));

    assertEquals(ErrorCode.VALIDATION_ERROR, error.code());
    assertEquals(message, error.getMessage());
  }

  @Test
  void givenNoCaller_constructor_refusesIt() {
    assertThrows(
        NullPointerException.class, () -> new GetSessionTokenCommand(null, null, null, null));
  }
}
