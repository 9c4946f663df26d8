package org.opensts.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opensts.application.port.in.iam.ListUsersCommand;
import org.opensts.application.port.in.iam.ListUsersResult;
import org.opensts.application.port.in.iam.ListUsersUseCase;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.error.AccessDeniedException;
import org.opensts.domain.error.ErrorCode;
import org.opensts.domain.error.InvalidRequestException;
import org.opensts.domain.fixture.TestAccounts;
import org.opensts.domain.fixture.TestCallers;
import org.opensts.domain.fixture.TestClocks;
import org.opensts.domain.fixture.TestPolicies;
import org.opensts.domain.fixture.TestPrincipals;
import org.opensts.domain.fixture.TestUsers;
import org.opensts.domain.iam.User;
import org.opensts.domain.identity.IamPath;

/** ListUsers: the caller's account only, under a path prefix, in name order, page by page. */
class ListUsersServiceTest {

  private static final Caller ROOT = TestCallers.withLongTermKey(TestPrincipals.root());

  private final TestPorts ports = new TestPorts();
  private final ListUsersUseCase useCase = ports.useCases(TestClocks.fixed()).listUsers();

  @BeforeEach
  void users() {
    save(TestAccounts.ALPHA, "Carol", "/team/a/");
    save(TestAccounts.ALPHA, "alice", "/");
    save(TestAccounts.ALPHA, "bob", "/team/b/");
    save(TestAccounts.ALPHA, "dave", "/teams/");
    save(TestAccounts.BETA, "erin", "/team/a/");
  }

  static Stream<Arguments> prefixes() {
    return Stream.of(
        arguments(
            "no prefix: every user of the account", null, List.of("alice", "bob", "Carol", "dave")),
        arguments("the root path: the same", "/", List.of("alice", "bob", "Carol", "dave")),
        arguments("a path and everything below it", "/team/", List.of("bob", "Carol")),
        arguments("one complete path", "/team/a/", List.of("Carol")),
        arguments("a prefix ending inside a segment", "/team", List.of("bob", "Carol", "dave")),
        arguments("a path nobody uses", "/none/", List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("prefixes")
  void givenUsersUnderSeveralPaths_listUsers_listsThoseUnderThePrefixInNameOrderIgnoringCase(
      String why, String prefix, List<String> expected) {
    ListUsersResult result = useCase.listUsers(new ListUsersCommand(ROOT, prefix, null, null));

    assertEquals(expected, names(result));
    assertFalse(result.truncated());
    assertNull(result.marker());
  }

  @Test
  void givenMoreUsersThanMaxItems_listUsersWithMarker_returnsTheRestOnTheNextPage() {
    ListUsersResult first = useCase.listUsers(new ListUsersCommand(ROOT, null, null, 3));
    ListUsersResult second = useCase.listUsers(new ListUsersCommand(ROOT, null, first.marker(), 3));

    assertEquals(List.of("alice", "bob", "Carol"), names(first));
    assertTrue(first.truncated());
    assertEquals(List.of("dave"), names(second));
    assertFalse(second.truncated());
    assertNull(second.marker());
  }

  @Test
  void givenUserWithoutPolicy_listUsers_failsWithAccessDeniedOnTheAccountsUserNamespace() {
    User bob = ports.users.find(TestAccounts.ALPHA, "bob").orElseThrow();

    AccessDeniedException error =
        assertThrows(
            AccessDeniedException.class,
            () ->
                useCase.listUsers(
                    new ListUsersCommand(
                        TestCallers.withLongTermKey(bob.principal()), null, null, null)));

    assertEquals(
        "User: arn:aws:iam::111111111111:user/team/b/bob is not authorized to perform:"
            + " iam:ListUsers on resource: arn:aws:iam::111111111111:user/ because no"
            + " identity-based policy allows the iam:ListUsers action",
        error.getMessage());
  }

  @Test
  void givenUserAllowedListUsersOnTheUserNamespace_listUsers_succeeds() {
    User lister =
        TestUsers.aUser(
            TestAccounts.ALPHA,
            "lister",
            Map.of(
                "list", TestPolicies.allow("iam:ListUsers", "arn:aws:iam::111111111111:user/*")));
    ports.users.save(lister);

    ListUsersResult result =
        useCase.listUsers(
            new ListUsersCommand(
                TestCallers.withLongTermKey(lister.principal()), null, null, null));

    assertEquals(List.of("alice", "bob", "Carol", "dave", "lister"), names(result));
  }

  static Stream<Arguments> invalidMaxItems() {
    return Stream.of(
        arguments(
            0,
            "1 validation error detected: Value '0' at 'maxItems' failed to satisfy constraint:"
                + " Member must have value greater than or equal to 1"),
        arguments(
            1001,
            "1 validation error detected: Value '1001' at 'maxItems' failed to satisfy"
                + " constraint: Member must have value less than or equal to 1000"));
  }

  @ParameterizedTest(name = "MaxItems {0}")
  @MethodSource("invalidMaxItems")
  void givenMaxItemsOutOfRange_listUsersCommand_failsWithValidationError(
      int maxItems, String message) {
    InvalidRequestException error =
        assertThrows(
            InvalidRequestException.class, () -> new ListUsersCommand(ROOT, null, null, maxItems));

    assertEquals(ErrorCode.VALIDATION_ERROR, error.code());
    assertEquals(message, error.getMessage());
  }

  @Test
  void givenMarkerThatWasNeverIssued_listUsers_failsWithInvalidInput() {
    InvalidRequestException error =
        assertThrows(
            InvalidRequestException.class,
            () -> useCase.listUsers(new ListUsersCommand(ROOT, null, "not a marker!", 2)));

    assertEquals(ErrorCode.INVALID_INPUT, error.code());
  }

  private void save(AccountId account, String name, String path) {
    User template = TestUsers.aUser(account, name, Map.of());
    ports.users.save(
        new User(
            account,
            template.userId(),
            new IamPath(path),
            name,
            Map.of(),
            List.of(),
            TestClocks.NOW));
  }

  private static List<String> names(ListUsersResult result) {
    return result.users().stream().map(User::name).toList();
  }
}
