package org.opensts.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opensts.application.port.in.iam.UntagUserCommand;
import org.opensts.application.port.in.iam.UntagUserUseCase;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.error.AccessDeniedException;
import org.opensts.domain.error.EntityException;
import org.opensts.domain.error.ErrorCode;
import org.opensts.domain.fixture.TestAccounts;
import org.opensts.domain.fixture.TestCallers;
import org.opensts.domain.fixture.TestClocks;
import org.opensts.domain.fixture.TestPrincipals;
import org.opensts.domain.fixture.TestUsers;
import org.opensts.domain.iam.User;
import org.opensts.domain.identity.Tag;

/** UntagUser: removes the tags with the given keys in any case; unknown keys are ignored. */
class UntagUserServiceTest {

  private static final Caller ROOT = TestCallers.withLongTermKey(TestPrincipals.root());
  private static final List<Tag> TAGS =
      List.of(new Tag("env", "dev"), new Tag("Team", "a"), new Tag("owner", "ops"));

  private final TestPorts ports = new TestPorts();
  private final UntagUserUseCase useCase = ports.useCases(TestClocks.fixed()).untagUser();

  static Stream<Arguments> removals() {
    return Stream.of(
        arguments("one key as spelled", List.of("env"), List.of("Team", "owner")),
        arguments("a key in another case", List.of("TEAM"), List.of("env", "owner")),
        arguments("several keys", List.of("env", "owner"), List.of("Team")),
        arguments("an unknown key only", List.of("nope"), List.of("env", "Team", "owner")),
        arguments("known and unknown keys", List.of("nope", "team"), List.of("env", "owner")),
        arguments("no keys", List.of(), List.of("env", "Team", "owner")),
        arguments("every key", List.of("ENV", "team", "Owner"), List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("removals")
  void givenTaggedUser_untagUser_removesMatchingKeysIgnoringCaseAndUnknownKeys(
      String why, List<String> keys, List<String> remaining) {
    ports.users.save(TestUsers.aUser(TestAccounts.ALPHA, "carol", Map.of()).withTags(TAGS));

    useCase.untagUser(new UntagUserCommand(ROOT, "Carol", keys));

    assertEquals(
        remaining,
        ports.users.find(TestAccounts.ALPHA, "carol").orElseThrow().tags().stream()
            .map(Tag::key)
            .toList());
  }

  @Test
  void givenMissingUser_untagUser_failsWithNoSuchEntity() {
    EntityException error =
        assertThrows(
            EntityException.class,
            () -> useCase.untagUser(new UntagUserCommand(ROOT, "zed", List.of("env"))));

    assertEquals(ErrorCode.NO_SUCH_ENTITY, error.code());
    assertEquals("The user with name zed cannot be found.", error.getMessage());
  }

  @Test
  void givenUserWithoutPolicy_untagUser_failsWithAccessDeniedAndKeepsTheTags() {
    ports.users.save(TestUsers.aUser(TestAccounts.ALPHA, "carol", Map.of()).withTags(TAGS));
    User bob = TestUsers.aUser(TestAccounts.ALPHA, "bob", Map.of());
    ports.users.save(bob);

    AccessDeniedException error =
        assertThrows(
            AccessDeniedException.class,
            () ->
                useCase.untagUser(
                    new UntagUserCommand(
                        TestCallers.withLongTermKey(bob.principal()), "carol", List.of("env"))));

    assertEquals(
        "User: arn:aws:iam::111111111111:user/bob is not authorized to perform: iam:UntagUser on"
            + " resource: arn:aws:iam::111111111111:user/carol because no identity-based policy"
            + " allows the iam:UntagUser action",
        error.getMessage());
    assertEquals(TAGS, ports.users.find(TestAccounts.ALPHA, "carol").orElseThrow().tags());
  }
}
