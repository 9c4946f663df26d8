package org.opensts.application.port.in.iam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.error.ErrorCode;
import org.opensts.domain.error.InvalidRequestException;
import org.opensts.domain.fixture.TestCallers;
import org.opensts.domain.fixture.TestPrincipals;

/** The OIDC, SAML and MFA commands check their members as AWS's model words them. */
class ProviderAndMfaCommandsTest {

  private static final Caller ROOT = TestCallers.withLongTermKey(TestPrincipals.root());

  @Test
  void givenShortThumbprint_createOpenIdConnectProviderCommand_failsWithAwsWording() {
    InvalidRequestException e =
        assertThrows(
            InvalidRequestException.class,
            () ->
                new CreateOpenIdConnectProviderCommand(
                    ROOT, "https://idp.example.com", List.of(), List.of("abc"), List.of()));

    assertEquals(ErrorCode.VALIDATION_ERROR, e.code());
    assertEquals(
        "1 validation error detected: Value 'abc' at 'thumbprintList.1.member' failed to satisfy"
            + " constraint: Member must have length greater than or equal to 40",
        e.getMessage());
  }

  @Test
  void givenNoUrl_createOpenIdConnectProviderCommand_failsWithValidationError() {
    assertThrows(
        InvalidRequestException.class,
        () -> new CreateOpenIdConnectProviderCommand(ROOT, null, List.of(), List.of(), List.of()));
  }

  @Test
  void givenShortDocumentOrBadName_createSamlProviderCommand_reportsBoth() {
    InvalidRequestException e =
        assertThrows(
            InvalidRequestException.class,
            () -> new CreateSamlProviderCommand(ROOT, "<x/>", "bad name", List.of()));

    assertEquals(ErrorCode.VALIDATION_ERROR, e.code());
    assertEquals(true, e.getMessage().startsWith("2 validation errors detected"), e.getMessage());
  }

  @Test
  void givenFiveDigitOrNonDigitCodes_enableMfaDeviceCommand_failsWithValidationError() {
    assertThrows(
        InvalidRequestException.class,
        () ->
            new EnableMfaDeviceCommand(
                ROOT, "alice", "arn:aws:iam::111111111111:mfa/alice", "12345", "123456"));
    assertThrows(
        InvalidRequestException.class,
        () ->
            new EnableMfaDeviceCommand(
                ROOT, "alice", "arn:aws:iam::111111111111:mfa/alice", "12345a", "123456"));
  }

  @Test
  void givenBadPath_createVirtualMfaDeviceCommand_failsWithValidationError() {
    assertThrows(
        InvalidRequestException.class,
        () -> new CreateVirtualMfaDeviceCommand(ROOT, "phone", "no-slashes", List.of()));
  }
}
