package org.opensts.application.port.in.iam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.error.ErrorCode;
import org.opensts.domain.error.InvalidRequestException;
import org.opensts.domain.fixture.TestCallers;
import org.opensts.domain.fixture.TestPrincipals;
import org.opensts.domain.identity.Tag;

/** The smaller role commands against AWS's model, each refusing what the model refuses. */
class RoleCommandsTest {

  private static final Caller ROOT = TestCallers.withLongTermKey(TestPrincipals.root());

  static Stream<Arguments> invalidMembers() {
    List<String> fiftyOneKeys = IntStream.rangeClosed(1, 51).mapToObj(i -> "k" + i).toList();
    return Stream.of(
        arguments(
            "GetRole without a name",
            (Executable) () -> new GetRoleCommand(ROOT, null),
            ErrorCode.VALIDATION_ERROR),
        arguments(
            "DeleteRole with a 65-character name",
            (Executable) () -> new DeleteRoleCommand(ROOT, "r".repeat(65)),
            ErrorCode.VALIDATION_ERROR),
        arguments(
            "DeleteRolePermissionsBoundary with a slash in the name",
            (Executable) () -> new DeleteRolePermissionsBoundaryCommand(ROOT, "team/ops"),
            ErrorCode.VALIDATION_ERROR),
        arguments(
            "ListRoles with a path prefix not starting with a slash",
            (Executable) () -> new ListRolesCommand(ROOT, "team/", null, null),
            ErrorCode.VALIDATION_ERROR),
        arguments(
            "ListRoles with MaxItems 1001",
            (Executable) () -> new ListRolesCommand(ROOT, null, null, 1001),
            ErrorCode.VALIDATION_ERROR),
        arguments(
            "UpdateAssumeRolePolicy without a document",
            (Executable) () -> new UpdateAssumeRolePolicyCommand(ROOT, "ops", null),
            ErrorCode.VALIDATION_ERROR),
        arguments(
            "TagRole with a key in the aws: namespace",
            (Executable) () -> new TagRoleCommand(ROOT, "ops", List.of(new Tag("aws:x", "v"))),
            ErrorCode.INVALID_INPUT),
        arguments(
            "TagRole with a repeated key",
            (Executable)
                () ->
                    new TagRoleCommand(ROOT, "ops", List.of(new Tag("k", "1"), new Tag("K", "2"))),
            ErrorCode.INVALID_INPUT),
        arguments(
            "UntagRole with 51 keys",
            (Executable) () -> new UntagRoleCommand(ROOT, "ops", fiftyOneKeys),
            ErrorCode.VALIDATION_ERROR));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidMembers")
  void givenMemberOutsideTheModel_command_failsWithTheModelsError(
      String why, Executable construct, ErrorCode code) {
    InvalidRequestException error = assertThrows(InvalidRequestException.class, construct);

    assertEquals(code, error.code());
  }
}
