package org.opensts.application.port.in.iam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.IntStream;
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
import org.opensts.domain.identity.Tag;

/**
 * CreateRole's members against AWS's model: RoleName 1–64 of {@code [\w+=,.@-]}, Path, a trust
 * policy of 1–131072 Latin-1 characters, Description up to 1000, MaxSessionDuration 3600–43200,
 * PermissionsBoundary 20–2048 naming a policy, at most 50 tags with distinct keys.
 */
class CreateRoleCommandTest {

  private static final Caller ROOT = TestCallers.withLongTermKey(TestPrincipals.root());
  private static final String TRUST = "{\"Version\":\"2012-10-17\"}";
  private static final String BOUNDARY = "arn:aws:iam::111111111111:policy/Boundary";

  @Test
  void givenEveryMember_constructor_keepsThemAsGiven() {
    CreateRoleCommand command =
        new CreateRoleCommand(
            ROOT, "ops", "/team/", TRUST, "d\u00e9j\u00e0 vu", 43200, BOUNDARY, tags(50));

    assertEquals("ops", command.roleName());
    assertEquals(43200, command.maxSessionDuration());
    assertEquals(50, command.tags().size());
  }

  @Test
  void givenOnlyTheRequiredMembers_constructor_accepts() {
    CreateRoleCommand command =
        new CreateRoleCommand(ROOT, "ops", null, TRUST, null, null, null, List.of());

    assertEquals(TRUST, command.assumeRolePolicyDocument());
  }

  static Stream<Arguments> invalidMembers() {
    return Stream.of(
        arguments(
            "no role name",
            new Members(null, null, TRUST, null, null),
            "1 validation error detected: Value null at 'roleName' failed to satisfy constraint:"
                + " Member must not be null"),
        arguments(
            "a 65-character role name",
            new Members("r".repeat(65), null, TRUST, null, null),
            "1 validation error detected: Value '"
                + "r".repeat(65)
                + "' at 'roleName' failed to satisfy constraint: Member must have length less"
                + " than or equal to 64"),
        arguments(
            "a path without its closing slash",
            new Members("ops", "/team", TRUST, null, null),
            "1 validation error detected: Value '/team' at 'path' failed to satisfy constraint:"
                + " Member must satisfy regular expression pattern:"
                + " (\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)"),
        arguments(
            "no trust policy",
            new Members("ops", null, null, null, null),
            "1 validation error detected: Value null at 'assumeRolePolicyDocument' failed to"
                + " satisfy constraint: Member must not be null"),
        arguments(
            "a trust policy with a character above U+00FF",
            new Members("ops", null, "{\"Sid\":\"\u0100\"}", null, null),
            "1 validation error detected: Value '{\"Sid\":\"\u0100\"}' at"
                + " 'assumeRolePolicyDocument' failed to satisfy constraint: Member must satisfy"
                + " regular expression pattern: [\\u0009\\u000A\\u000D\\u0020-\\u00FF]+"),
        arguments(
            "a description with a control character",
            new Members("ops", null, TRUST, "bell\u0007", null),
            "1 validation error detected: Value 'bell\u0007' at 'description' failed to satisfy"
                + " constraint: Member must satisfy regular expression pattern:"
                + " [\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]*"),
        arguments(
            "a 1001-character description",
            new Members("ops", null, TRUST, "d".repeat(1001), null),
            "1 validation error detected: Value '"
                + "d".repeat(1001)
                + "' at 'description' failed to satisfy constraint: Member must have length less"
                + " than or equal to 1000"),
        arguments(
            "a maximum session of 3599 seconds",
            new Members("ops", null, TRUST, null, 3599),
            "1 validation error detected: Value '3599' at 'maxSessionDuration' failed to satisfy"
                + " constraint: Member must have value greater than or equal to 3600"),
        arguments(
            "a maximum session of 43201 seconds and a bad name",
            new Members("bad name", null, TRUST, null, 43201),
            "2 validation errors detected: Value 'bad name' at 'roleName' failed to satisfy"
                + " constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+;"
                + " Value '43201' at 'maxSessionDuration' failed to satisfy constraint: Member"
                + " must have value less than or equal to 43200"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidMembers")
  void givenMemberOutsideTheModel_constructor_failsWithValidationError(
      String why, Members members, String message) {
    InvalidRequestException error =
        assertThrows(
            InvalidRequestException.class,
            () ->
                new CreateRoleCommand(
                    ROOT,
                    members.roleName(),
                    members.path(),
                    members.trust(),
                    members.description(),
                    members.maxSessionDuration(),
                    null,
                    List.of()));

    assertEquals(ErrorCode.VALIDATION_ERROR, error.code());
    assertEquals(message, error.getMessage());
  }

  @Test
  void givenBoundaryShorterThan20Characters_constructor_failsWithValidationError() {
    InvalidRequestException error =
        assertThrows(
            InvalidRequestException.class,
            () ->
                new CreateRoleCommand(
                    ROOT, "ops", null, TRUST, null, null, "arn:aws:iam", List.of()));

    assertEquals(ErrorCode.VALIDATION_ERROR, error.code());
    assertEquals(
        "1 validation error detected: Value 'arn:aws:iam' at 'permissionsBoundary' failed to"
            + " satisfy constraint: Member must have length greater than or equal to 20",
        error.getMessage());
  }

  @Test
  void givenBoundaryThatIsNotAPolicyArn_constructor_failsWithInvalidInput() {
    String role = "arn:aws:iam::111111111111:role/SomeRole";

    InvalidRequestException error =
        assertThrows(
            InvalidRequestException.class,
            () -> new CreateRoleCommand(ROOT, "ops", null, TRUST, null, null, role, List.of()));

    assertEquals(ErrorCode.INVALID_INPUT, error.code());
    assertEquals("ARN " + role + " is not valid.", error.getMessage());
  }

  @Test
  void givenFiftyOneTags_constructor_failsWithValidationError() {
    InvalidRequestException error =
        assertThrows(
            InvalidRequestException.class,
            () -> new CreateRoleCommand(ROOT, "ops", null, TRUST, null, null, null, tags(51)));

    assertEquals(ErrorCode.VALIDATION_ERROR, error.code());
  }

  @Test
  void givenTheSameTagKeyTwiceInAnyCase_constructor_failsWithInvalidInput() {
    InvalidRequestException error =
        assertThrows(
            InvalidRequestException.class,
            () ->
                new CreateRoleCommand(
                    ROOT,
                    "ops",
                    null,
                    TRUST,
                    null,
                    null,
                    null,
                    List.of(new Tag("Team", "a"), new Tag("TEAM", "b"))));

    assertEquals(ErrorCode.INVALID_INPUT, error.code());
  }

  record Members(
      String roleName, String path, String trust, String description, Integer maxSessionDuration) {}

  private static List<Tag> tags(int count) {
    return IntStream.rangeClosed(1, count).mapToObj(i -> new Tag("k" + i, "v")).toList();
  }
}
