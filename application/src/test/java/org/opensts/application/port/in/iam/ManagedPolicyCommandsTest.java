package org.opensts.application.port.in.iam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.error.ErrorCode;
import org.opensts.domain.error.InvalidRequestException;
import org.opensts.domain.fixture.TestCallers;
import org.opensts.domain.fixture.TestPrincipals;

/** The managed policy commands against AWS's model, each refusing what the model refuses. */
class ManagedPolicyCommandsTest {

  private static final Caller ROOT = TestCallers.withLongTermKey(TestPrincipals.root());
  private static final String ARN = "arn:aws:iam::111111111111:policy/readers";

  static Stream<Arguments> invalidMembers() {
    return Stream.of(
        arguments(
            "CreatePolicy without a name",
            (Executable) () -> new CreatePolicyCommand(ROOT, null, null, "{}", null, List.of()),
            ErrorCode.VALIDATION_ERROR),
        arguments(
            "CreatePolicy with a 129-character name",
            (Executable)
                () -> new CreatePolicyCommand(ROOT, "p".repeat(129), null, "{}", null, List.of()),
            ErrorCode.VALIDATION_ERROR),
        arguments(
            "CreatePolicy with a path not ending in a slash",
            (Executable) () -> new CreatePolicyCommand(ROOT, "p", "/team", "{}", null, List.of()),
            ErrorCode.VALIDATION_ERROR),
        arguments(
            "CreatePolicy without a document",
            (Executable) () -> new CreatePolicyCommand(ROOT, "p", null, null, null, List.of()),
            ErrorCode.VALIDATION_ERROR),
        arguments(
            "GetPolicy with an ARN that names a role",
            (Executable) () -> new GetPolicyCommand(ROOT, "arn:aws:iam::111111111111:role/readers"),
            ErrorCode.INVALID_INPUT),
        arguments(
            "GetPolicyVersion with version 1 instead of v1",
            (Executable) () -> new GetPolicyVersionCommand(ROOT, ARN, "1"),
            ErrorCode.VALIDATION_ERROR),
        arguments(
            "AttachUserPolicy without an ARN",
            (Executable) () -> new AttachUserPolicyCommand(ROOT, "alice", null),
            ErrorCode.VALIDATION_ERROR),
        arguments(
            "DetachRolePolicy with a slash in the role name",
            (Executable) () -> new DetachRolePolicyCommand(ROOT, "a/b", ARN),
            ErrorCode.VALIDATION_ERROR),
        arguments(
            "ListAttachedRolePolicies with MaxItems 0",
            (Executable) () -> new ListAttachedRolePoliciesCommand(ROOT, "ops", null, null, 0),
            ErrorCode.VALIDATION_ERROR));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidMembers")
  void givenMemberOutsideTheModel_command_failsWithTheModelsError(
      String why, Executable construct, ErrorCode code) {
    InvalidRequestException error = assertThrows(InvalidRequestException.class, construct);

    assertEquals(code, error.code());
  }

  @Test
  void givenUnknownScope_listPolicies_failsListingTheEnumValues() {
    InvalidRequestException error =
        assertThrows(
            InvalidRequestException.class,
            () -> new ListPoliciesCommand(ROOT, "Mine", null, null, null, null));

    assertEquals(
        "1 validation error detected: Value 'Mine' at 'scope' failed to satisfy constraint: Member"
            + " must satisfy enum value set: [All, AWS, Local]",
        error.getMessage());
  }
}
