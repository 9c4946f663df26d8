package org.opensts.application.port.in.iam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.error.ErrorCode;
import org.opensts.domain.error.InvalidRequestException;
import org.opensts.domain.fixture.TestCallers;
import org.opensts.domain.fixture.TestPrincipals;

/** UpdateRole's members: a role name, and optionally a description and a maximum session. */
class UpdateRoleCommandTest {

  private static final Caller ROOT = TestCallers.withLongTermKey(TestPrincipals.root());

  @Test
  void givenOnlyTheRoleName_constructor_leavesBothSettingsOut() {
    UpdateRoleCommand command = new UpdateRoleCommand(ROOT, "ops", null, null);

    assertNull(command.description());
    assertNull(command.maxSessionDuration());
  }

  @Test
  void givenEmptyDescription_constructor_acceptsIt() {
    assertEquals("", new UpdateRoleCommand(ROOT, "ops", "", 3600).description());
  }

  @Test
  void givenMaximumSessionOfTwelveHoursAndOneSecond_constructor_failsWithValidationError() {
    InvalidRequestException error =
        assertThrows(
            InvalidRequestException.class, () -> new UpdateRoleCommand(ROOT, "ops", null, 43201));

    assertEquals(ErrorCode.VALIDATION_ERROR, error.code());
    assertEquals(
        "1 validation error detected: Value '43201' at 'maxSessionDuration' failed to satisfy"
            + " constraint: Member must have value less than or equal to 43200",
        error.getMessage());
  }

  @Test
  void givenNoRoleName_constructor_failsWithValidationError() {
    InvalidRequestException error =
        assertThrows(
            InvalidRequestException.class, () -> new UpdateRoleCommand(ROOT, null, "d", null));

    assertEquals(
        "1 validation error detected: Value null at 'roleName' failed to satisfy constraint:"
            + " Member must not be null",
        error.getMessage());
  }
}
