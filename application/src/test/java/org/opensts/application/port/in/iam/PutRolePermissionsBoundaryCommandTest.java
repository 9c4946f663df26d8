package org.opensts.application.port.in.iam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.error.ErrorCode;
import org.opensts.domain.error.InvalidRequestException;
import org.opensts.domain.fixture.TestCallers;
import org.opensts.domain.fixture.TestPrincipals;

/** PutRolePermissionsBoundary's members: a role name and the ARN of a managed policy. */
class PutRolePermissionsBoundaryCommandTest {

  private static final Caller ROOT = TestCallers.withLongTermKey(TestPrincipals.root());

  @Test
  void givenAwsManagedPolicy_constructor_acceptsIt() {
    String arn = "arn:aws:iam::aws:policy/PowerUserAccess";

    assertEquals(
        arn, new PutRolePermissionsBoundaryCommand(ROOT, "ops", arn).permissionsBoundary());
  }

  @Test
  void givenNoBoundary_constructor_failsWithValidationError() {
    InvalidRequestException error =
        assertThrows(
            InvalidRequestException.class,
            () -> new PutRolePermissionsBoundaryCommand(ROOT, "ops", null));

    assertEquals(ErrorCode.VALIDATION_ERROR, error.code());
    assertEquals(
        "1 validation error detected: Value null at 'permissionsBoundary' failed to satisfy"
            + " constraint: Member must not be null",
        error.getMessage());
  }

  @Test
  void givenArnOfSomethingElse_constructor_failsWithInvalidInput() {
    String arn = "arn:aws:iam::111111111111:not_a_policy/invalid";

    InvalidRequestException error =
        assertThrows(
            InvalidRequestException.class,
            () -> new PutRolePermissionsBoundaryCommand(ROOT, "ops", arn));

    assertEquals(ErrorCode.INVALID_INPUT, error.code());
    assertEquals("ARN " + arn + " is not valid.", error.getMessage());
  }
}
