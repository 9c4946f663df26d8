package org.opensts.domain.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code Action} / {@code NotAction}: action names are case-insensitive; {@code *} matches any run
 * of characters and {@code ?} exactly one (IAM JSON policy elements: Action).
 */
class ActionClauseTest {

  static Stream<Arguments> actions() {
    return Stream.of(
        arguments("the exact action", "sts:AssumeRole", "sts:AssumeRole", true),
        arguments("another case of the service and name", "STS:assumerole", "sts:AssumeRole", true),
        arguments("a pattern in other case", "sts:assume*", "sts:AssumeRoleWithSAML", true),
        arguments("every action of the service", "sts:*", "sts:GetCallerIdentity", true),
        arguments("every action", "*", "sts:AssumeRole", true),
        arguments("a prefix with a star", "sts:Assume*", "sts:AssumeRoleWithWebIdentity", true),
        arguments("a star in the middle", "sts:Get*Token", "sts:GetSessionToken", true),
        arguments("a star matching nothing", "sts:AssumeRole*", "sts:AssumeRole", true),
        arguments(
            "a question mark for one character",
            "sts:Get?essionToken",
            "sts:GetSessionToken",
            true),
        arguments(
            "a longer action is not the action", "sts:AssumeRole", "sts:AssumeRoleWithSAML", false),
        arguments(
            "a shorter action is not the action",
            "sts:AssumeRoleWithSAML",
            "sts:AssumeRole",
            false),
        arguments("a question mark needs a character", "sts:AssumeRol?e", "sts:AssumeRole", false),
        arguments("another service", "iam:*", "sts:AssumeRole", false),
        arguments("another service by prefix", "st*:AssumeRole", "sts:AssumeRole", true),
        arguments("a star does not make the service optional", "sts:*", "iam:GetUser", false));
  }

  @ParameterizedTest(name = "{0}: {1} vs {2} -> {3}")
  @MethodSource("actions")
  void givenActionPattern_matches_isCaseInsensitiveWithWildcards(
      String description, String pattern, String action, boolean expected) {
    assertEquals(expected, ActionClause.action(List.of(pattern)).matches(action));
  }

  static Stream<Arguments> notActions() {
    return Stream.of(
        arguments("an action the list names", List.of("sts:AssumeRole"), "sts:AssumeRole", false),
        arguments(
            "the listed action in another case",
            List.of("sts:AssumeRole"),
            "STS:ASSUMEROLE",
            false),
        arguments(
            "an action matched by a listed pattern",
            List.of("iam:*", "sts:Get*"),
            "sts:GetSessionToken",
            false),
        arguments(
            "an action the list leaves out",
            List.of("sts:AssumeRole"),
            "sts:GetSessionToken",
            true),
        arguments("anything, when the list is iam:*", List.of("iam:*"), "sts:AssumeRole", true));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("notActions")
  void givenNotAction_matches_everyActionTheListDoesNotName(
      String description, List<String> patterns, String action, boolean expected) {
    assertEquals(expected, ActionClause.notAction(patterns).matches(action));
  }

  static Stream<Arguments> severalPatterns() {
    return Stream.of(
        arguments("the first pattern", "sts:AssumeRole", true),
        arguments("the second pattern", "sts:GetSessionToken", true),
        arguments("neither pattern", "sts:GetFederationToken", false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("severalPatterns")
  void givenSeveralPatterns_matches_whenAnyMatches(
      String description, String action, boolean expected) {
    ActionClause clause = ActionClause.action(List.of("sts:AssumeRole", "sts:GetSession*"));

    assertEquals(expected, clause.matches(action));
  }
}
