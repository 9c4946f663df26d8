package org.opensts.application.port.in.iam;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.params.provider.Arguments.arguments;

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

/**
 * The inline policy commands against AWS's model: PolicyName 1–128 of {@code [\w+=,.@-]},
 * PolicyDocument 1–131072 Latin-1 characters; a user's name may have 128 characters here, a role's
 * 64.
 */
class InlinePolicyCommandsTest {

  private static final Caller ROOT = TestCallers.withLongTermKey(TestPrincipals.root());
  private static final String DOCUMENT = "{\"Version\":\"2012-10-17\"}";

  @Test
  void givenLongestNames_everyCommand_acceptsThem() {
    String user = "u".repeat(128);
    String role = "r".repeat(64);
    String policy = "p".repeat(128);

    assertDoesNotThrow(() -> new PutUserPolicyCommand(ROOT, user, policy, DOCUMENT));
    assertDoesNotThrow(() -> new GetUserPolicyCommand(ROOT, user, policy));
    assertDoesNotThrow(() -> new DeleteUserPolicyCommand(ROOT, user, policy));
    assertDoesNotThrow(() -> new ListUserPoliciesCommand(ROOT, user, null, 1000));
    assertDoesNotThrow(() -> new PutRolePolicyCommand(ROOT, role, policy, DOCUMENT));
    assertDoesNotThrow(() -> new GetRolePolicyCommand(ROOT, role, policy));
    assertDoesNotThrow(() -> new DeleteRolePolicyCommand(ROOT, role, policy));
    assertDoesNotThrow(() -> new ListRolePoliciesCommand(ROOT, role, null, 1));
  }

  static Stream<Arguments> invalidMembers() {
    String longPolicy = "p".repeat(129);
    return Stream.of(
        arguments(
            "PutUserPolicy without a document",
            (Executable) () -> new PutUserPolicyCommand(ROOT, "carol", "p", null),
            "1 validation error detected: Value null at 'policyDocument' failed to satisfy"
                + " constraint: Member must not be null"),
        arguments(
            "PutRolePolicy with an empty document",
            (Executable) () -> new PutRolePolicyCommand(ROOT, "ops", "p", ""),
            "2 validation errors detected: Value '' at 'policyDocument' failed to satisfy"
                + " constraint: Member must satisfy regular expression pattern:"
                + " [\\u0009\\u000A\\u000D\\u0020-\\u00FF]+; Value '' at 'policyDocument' failed"
                + " to satisfy constraint: Member must have length greater than or equal to 1"),
        arguments(
            "GetUserPolicy with a 129-character policy name",
            (Executable) () -> new GetUserPolicyCommand(ROOT, "carol", longPolicy),
            "1 validation error detected: Value '"
                + longPolicy
                + "' at 'policyName' failed to satisfy constraint: Member must have length less"
                + " than or equal to 128"),
        arguments(
            "DeleteRolePolicy with a 65-character role name",
            (Executable) () -> new DeleteRolePolicyCommand(ROOT, "r".repeat(65), "p"),
            "1 validation error detected: Value '"
                + "r".repeat(65)
                + "' at 'roleName' failed to satisfy constraint: Member must have length less"
                + " than or equal to 64"),
        arguments(
            "DeleteUserPolicy without a user",
            (Executable) () -> new DeleteUserPolicyCommand(ROOT, null, "p"),
            "1 validation error detected: Value null at 'userName' failed to satisfy constraint:"
                + " Member must not be null"),
        arguments(
            "GetRolePolicy with a space in the policy name",
            (Executable) () -> new GetRolePolicyCommand(ROOT, "ops", "my policy"),
            "1 validation error detected: Value 'my policy' at 'policyName' failed to satisfy"
                + " constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+"),
        arguments(
            "ListUserPolicies with MaxItems 0",
            (Executable) () -> new ListUserPoliciesCommand(ROOT, "carol", null, 0),
            "1 validation error detected: Value '0' at 'maxItems' failed to satisfy constraint:"
                + " Member must have value greater than or equal to 1"),
        arguments(
            "ListRolePolicies without a role",
            (Executable) () -> new ListRolePoliciesCommand(ROOT, null, null, null),
            "1 validation error detected: Value null at 'roleName' failed to satisfy constraint:"
                + " Member must not be null"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidMembers")
  void givenMemberOutsideTheModel_command_failsWithValidationError(
      String why, Executable construct, String message) {
    InvalidRequestException error = assertThrows(InvalidRequestException.class, construct);

    assertEquals(ErrorCode.VALIDATION_ERROR, error.code());
    assertEquals(message, error.getMessage());
  }
}
