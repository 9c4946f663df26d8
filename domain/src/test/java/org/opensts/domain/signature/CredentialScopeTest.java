package org.opensts.domain.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opensts.domain.error.AuthenticationException;
import org.opensts.domain.error.ErrorCode;

class CredentialScopeTest {

  @Test
  void givenScope_toString_isTheSigV4Form() {
    CredentialScope scope = new CredentialScope(LocalDate.of(2025, 1, 2), "eu-west-1", "sts");

    assertEquals("20250102/eu-west-1/sts/aws4_request", scope.toString());
    assertEquals("20250102", scope.dateStamp());
  }

  @Test
  void givenSigV4Form_parse_readsItBack() {
    assertEquals(
        new CredentialScope(LocalDate.of(2025, 1, 2), "eu-west-1", "sts"),
        CredentialScope.parse("20250102/eu-west-1/sts/aws4_request"));
  }

  static Stream<Arguments> malformedScopes() {
    return Stream.of(
        arguments("three parts", "20250102/eu-west-1/sts", ErrorCode.INCOMPLETE_SIGNATURE),
        arguments(
            "five parts", "20250102/eu-west-1/sts/aws4_request/x", ErrorCode.INCOMPLETE_SIGNATURE),
        arguments(
            "an empty service", "20250102/eu-west-1//aws4_request", ErrorCode.INCOMPLETE_SIGNATURE),
        arguments(
            "a trailing slash",
            "20250102/eu-west-1/sts/aws4_request/",
            ErrorCode.INCOMPLETE_SIGNATURE),
        arguments("nothing", "", ErrorCode.INCOMPLETE_SIGNATURE),
        arguments(
            "February the 30th",
            "20250230/eu-west-1/sts/aws4_request",
            ErrorCode.INCOMPLETE_SIGNATURE),
        arguments(
            "a seven-digit date",
            "2025010/eu-west-1/sts/aws4_request",
            ErrorCode.INCOMPLETE_SIGNATURE),
        arguments(
            "a signed date", "+2025010/eu-west-1/sts/aws4_request", ErrorCode.INCOMPLETE_SIGNATURE),
        arguments(
            "another terminator",
            "20250102/eu-west-1/sts/aws4",
            ErrorCode.SIGNATURE_DOES_NOT_MATCH));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("malformedScopes")
  void givenMalformedScope_parse_failsWithAuthenticationError(
      String description, String scope, ErrorCode code) {
    assertEquals(
        code,
        assertThrows(AuthenticationException.class, () -> CredentialScope.parse(scope)).code());
  }
}
