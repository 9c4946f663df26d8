package org.opensts.domain.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code Resource} / {@code NotResource}: ARNs are case-sensitive; {@code *} matches any run of
 * characters, slashes and colons included, and {@code ?} exactly one (IAM JSON policy elements:
 * Resource).
 */
class ResourceClauseTest {

  private static final String ROLE = "arn:aws:iam::111111111111:role/deployer";

  static Stream<Arguments> resources() {
    return Stream.of(
        arguments("the exact ARN", ROLE, ROLE, true),
        arguments(
            "the role name in another case",
            "arn:aws:iam::111111111111:role/Deployer",
            ROLE,
            false),
        arguments(
            "the service in another case", "arn:aws:IAM::111111111111:role/deployer", ROLE, false),
        arguments("every resource", "*", ROLE, true),
        arguments("every role of the account", "arn:aws:iam::111111111111:role/*", ROLE, true),
        arguments(
            "a star crosses slashes (a role with a path)",
            "arn:aws:iam::111111111111:role/*",
            "arn:aws:iam::111111111111:role/team/deployer",
            true),
        arguments("a star crosses colons", "arn:aws:iam::*", ROLE, true),
        arguments("any account", "arn:aws:iam::*:role/deployer", ROLE, true),
        arguments(
            "twelve question marks for the account",
            "arn:aws:iam::????????????:role/deployer",
            ROLE,
            true),
        arguments(
            "eleven question marks are too few",
            "arn:aws:iam::???????????:role/deployer",
            ROLE,
            false),
        arguments("a star on both sides", "*:role/*", ROLE, true),
        arguments(
            "a star matching an empty run", "arn:aws:iam::111111111111:role/deployer*", ROLE, true),
        arguments(
            "several stars backtracking",
            "arn:aws:s3:::bucket/*/*.txt",
            "arn:aws:s3:::bucket/a/b.txt/c/d.txt",
            true),
        arguments(
            "several stars without a match",
            "arn:aws:s3:::bucket/*/*.txt",
            "arn:aws:s3:::bucket/a.txt",
            false),
        arguments("another role", "arn:aws:iam::111111111111:role/ops", ROLE, false),
        arguments("a prefix of the ARN only", "arn:aws:iam::111111111111:role/deploy", ROLE, false),
        arguments("another account", "arn:aws:iam::222222222222:role/deployer", ROLE, false));
  }

  @ParameterizedTest(name = "{0}: {1} vs {2} -> {3}")
  @MethodSource("resources")
  void givenResourcePattern_matches_isCaseSensitiveWithWildcards(
      String description, String pattern, String resource, boolean expected) {
    assertEquals(
        expected, ResourceClause.resource(List.of(pattern)).matches(resource, ConditionKeys.NONE));
  }

  static Stream<Arguments> notResources() {
    return Stream.of(
        arguments("the listed role", List.of(ROLE), ROLE, false),
        arguments(
            "a role matched by a listed pattern",
            List.of("arn:aws:iam::*:role/deploy*"),
            ROLE,
            false),
        arguments(
            "the listed role in another case",
            List.of(ROLE),
            "arn:aws:iam::111111111111:role/DEPLOYER",
            true),
        arguments(
            "a role the list leaves out",
            List.of(ROLE),
            "arn:aws:iam::111111111111:role/ops",
            true));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("notResources")
  void givenNotResource_matches_everyResourceTheListDoesNotName(
      String description, List<String> patterns, String resource, boolean expected) {
    assertEquals(
        expected, ResourceClause.notResource(patterns).matches(resource, ConditionKeys.NONE));
  }

  @Test
  void givenNoResourceElement_attachedResource_matchesWhateverItIsAttachedTo() {
    assertTrue(ResourceClause.ATTACHED_RESOURCE.matches(ROLE, ConditionKeys.NONE));
    assertTrue(
        ResourceClause.ATTACHED_RESOURCE.matches("arn:aws:s3:::bucket/key", ConditionKeys.NONE));
  }

  @Test
  void givenResourceContainingAStar_starPattern_stillMatchesAnyRun() {
    // An S3 key may contain '*'. The pattern's star must stay a wildcard even where the text has
    // one.
    assertTrue(
        ResourceClause.resource(List.of("arn:aws:s3:::bucket/a*c"))
            .matches("arn:aws:s3:::bucket/a*bc", ConditionKeys.NONE));
    assertTrue(
        ResourceClause.resource(List.of("arn:aws:s3:::bucket/*"))
            .matches("arn:aws:s3:::bucket/*x", ConditionKeys.NONE));
  }
}
