package org.opensts.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opensts.application.port.in.iam.TagUserCommand;
import org.opensts.application.port.in.iam.TagUserUseCase;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.error.AccessDeniedException;
import org.opensts.domain.error.EntityException;
import org.opensts.domain.error.ErrorCode;
import org.opensts.domain.error.InvalidRequestException;
import org.opensts.domain.fixture.TestAccounts;
import org.opensts.domain.fixture.TestCallers;
import org.opensts.domain.fixture.TestClocks;
import org.opensts.domain.fixture.TestPrincipals;
import org.opensts.domain.fixture.TestUsers;
import org.opensts.domain.iam.User;
import org.opensts.domain.identity.Tag;

/**
 * TagUser: adds tags, a key present in any case is replaced (the new spelling wins), 50 at most.
 */
class TagUserServiceTest {

  private static final Caller ROOT = TestCallers.withLongTermKey(TestPrincipals.root());

  private final TestPorts ports = new TestPorts();
  private final TagUserUseCase useCase = ports.useCases(TestClocks.fixed()).tagUser();

  static Stream<Arguments> merges() {
    return Stream.of(
        arguments(
            "a new key is added after the existing ones",
            List.of(tag("env", "dev")),
            List.of(tag("team", "a")),
            List.of(tag("env", "dev"), tag("team", "a"))),
        arguments(
            "the same key replaces the value",
            List.of(tag("env", "dev")),
            List.of(tag("env", "prod")),
            List.of(tag("env", "prod"))),
        arguments(
            "a key in another case replaces the tag and its spelling",
            List.of(tag("env", "dev"), tag("team", "a")),
            List.of(tag("ENV", "prod")),
            List.of(tag("team", "a"), tag("ENV", "prod"))),
        arguments(
            "an empty value is a value",
            List.of(tag("env", "dev")),
            List.of(tag("env", "")),
            List.of(tag("env", ""))),
        arguments(
            "a user without tags gets them all",
            List.of(),
            List.of(tag("a", "1"), tag("b", "2")),
            List.of(tag("a", "1"), tag("b", "2"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("merges")
  void givenTaggedUser_tagUser_mergesTheTagsAsIamDoes(
      String why, List<Tag> existing, List<Tag> added, List<Tag> expected) {
    ports.users.save(carolWith(existing));

    useCase.tagUser(new TagUserCommand(ROOT, "carol", added));

    assertEquals(expected, tagsOfCarol());
  }

  @Test
  void givenFortyNineTags_tagUserWithTwoNewKeys_failsWithLimitExceededAndChangesNothing() {
    List<Tag> fortyNine = numbered(49);
    ports.users.save(carolWith(fortyNine));

    EntityException error =
        assertThrows(
            EntityException.class,
            () ->
                useCase.tagUser(
                    new TagUserCommand(ROOT, "carol", List.of(tag("x", "1"), tag("y", "2")))));

    assertEquals(ErrorCode.LIMIT_EXCEEDED, error.code());
    assertEquals("Cannot exceed quota for TagsPerUser: 50", error.getMessage());
    assertEquals(fortyNine, tagsOfCarol());
  }

  @Test
  void givenFiftyTags_tagUserReplacingOneInAnotherCase_staysAtFifty() {
    ports.users.save(carolWith(numbered(50)));

    useCase.tagUser(new TagUserCommand(ROOT, "carol", List.of(tag("K7", "new"))));

    List<Tag> tags = tagsOfCarol();
    assertEquals(50, tags.size());
    assertEquals(tag("K7", "new"), tags.get(49));
  }

  @Test
  void givenRepeatedKeyInOneRequest_tagUserCommand_failsWithInvalidInput() {
    InvalidRequestException error =
        assertThrows(
            InvalidRequestException.class,
            () -> new TagUserCommand(ROOT, "carol", List.of(tag("env", "a"), tag("Env", "b"))));

    assertEquals(ErrorCode.INVALID_INPUT, error.code());
    assertEquals(
        "Duplicate tag keys found. Please note that Tag keys are case insensitive.",
        error.getMessage());
  }

  @Test
  void givenMissingUser_tagUser_failsWithNoSuchEntity() {
    EntityException error =
        assertThrows(
            EntityException.class,
            () -> useCase.tagUser(new TagUserCommand(ROOT, "zed", List.of(tag("a", "1")))));

    assertEquals(ErrorCode.NO_SUCH_ENTITY, error.code());
    assertEquals("The user with name zed cannot be found.", error.getMessage());
  }

  @Test
  void givenUserWithoutPolicy_tagUser_failsWithAccessDeniedAndChangesNothing() {
    ports.users.save(carolWith(List.of(tag("env", "dev"))));
    User bob = TestUsers.aUser(TestAccounts.ALPHA, "bob", Map.of());
    ports.users.save(bob);

    assertThrows(
        AccessDeniedException.class,
        () ->
            useCase.tagUser(
                new TagUserCommand(
                    TestCallers.withLongTermKey(bob.principal()),
                    "carol",
                    List.of(tag("env", "prod")))));
    assertEquals(List.of(tag("env", "dev")), tagsOfCarol());
  }

  private List<Tag> tagsOfCarol() {
    return ports.users.find(TestAccounts.ALPHA, "carol").orElseThrow().tags();
  }

  private static User carolWith(List<Tag> tags) {
    return TestUsers.aUser(TestAccounts.ALPHA, "carol", Map.of()).withTags(tags);
  }

  private static List<Tag> numbered(int count) {
    return IntStream.rangeClosed(1, count).mapToObj(i -> tag("k" + i, "v")).toList();
  }

  private static Tag tag(String key, String value) {
    return new Tag(key, value);
  }
}
