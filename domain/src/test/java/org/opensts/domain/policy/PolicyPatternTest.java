package org.opensts.domain.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opensts.domain.fixture.TestConditions;

/**
 * Policy variables ("IAM policy elements: Variables and tags"): resolved per request in Resource
 * and in string and ARN condition values, only in policies of version 2012-10-17; their values and
 * the escapes {@code ${*}}, {@code ${?}}, {@code ${$}} match literally; a variable with no value
 * matches nothing unless it has a default.
 */
class PolicyPatternTest {

  private static final ConditionKeys DAVID =
      ConditionKeys.builder()
          .put("aws:username", "David")
          .put("aws:userid", "AIDAJQABLZS4A3QDU576Q")
          .put("aws:PrincipalTag/team", "yellow")
          .put("aws:TagKeys", List.of("team", "project"))
          .build();

  private static final ConditionKeys ROLE_SESSION =
      ConditionKeys.builder().put("aws:userid", "AROAEXAMPLE:build-1").build();

  static Stream<Arguments> resources() {
    return Stream.of(
        arguments(
            "AWS's home directory example, David's own object",
            "arn:aws:s3:::mybucket/${aws:username}/*",
            DAVID,
            "arn:aws:s3:::mybucket/David/notes.txt",
            true),
        arguments(
            "AWS's home directory example, someone else's object",
            "arn:aws:s3:::mybucket/${aws:username}/*",
            DAVID,
            "arn:aws:s3:::mybucket/Adele/notes.txt",
            false),
        arguments(
            "AWS's access key example: the user's own ARN",
            "arn:aws:iam::123456789012:user/${aws:username}",
            DAVID,
            "arn:aws:iam::123456789012:user/David",
            true),
        arguments(
            "a variable with no value (aws:username of a role session) matches no resource",
            "arn:aws:s3:::mybucket/${aws:username}/*",
            ROLE_SESSION,
            "arn:aws:s3:::mybucket//x",
            false),
        arguments(
            "a variable with no value does not match the literal text either",
            "arn:aws:s3:::mybucket/${aws:username}",
            ROLE_SESSION,
            "arn:aws:s3:::mybucket/${aws:username}",
            false),
        arguments(
            "AWS's default example: a tagged principal gets its team's bucket",
            "arn:aws:s3:::DOC-EXAMPLE-BUCKET-${aws:PrincipalTag/team, 'company-wide'}",
            DAVID,
            "arn:aws:s3:::DOC-EXAMPLE-BUCKET-yellow",
            true),
        arguments(
            "AWS's default example: a tagged principal does not get the company-wide bucket",
            "arn:aws:s3:::DOC-EXAMPLE-BUCKET-${aws:PrincipalTag/team, 'company-wide'}",
            DAVID,
            "arn:aws:s3:::DOC-EXAMPLE-BUCKET-company-wide",
            false),
        arguments(
            "AWS's default example: an untagged principal gets the company-wide bucket",
            "arn:aws:s3:::DOC-EXAMPLE-BUCKET-${aws:PrincipalTag/team, 'company-wide'}",
            ROLE_SESSION,
            "arn:aws:s3:::DOC-EXAMPLE-BUCKET-company-wide",
            true),
        arguments(
            "a variable's key is case-insensitive",
            "arn:aws:s3:::mybucket/${AWS:UserName}",
            DAVID,
            "arn:aws:s3:::mybucket/David",
            true),
        arguments(
            "a multivalued key cannot be a variable",
            "arn:aws:s3:::mybucket/${aws:TagKeys}",
            DAVID,
            "arn:aws:s3:::mybucket/team",
            false),
        arguments(
            "a multivalued key falls back to the default",
            "arn:aws:s3:::mybucket/${aws:TagKeys, 'none'}",
            DAVID,
            "arn:aws:s3:::mybucket/none",
            true),
        arguments(
            "${*} is a literal star, for a key named with a star",
            "arn:aws:s3:::mybucket/${*}",
            DAVID,
            "arn:aws:s3:::mybucket/*",
            true),
        arguments(
            "${*} is not a wildcard",
            "arn:aws:s3:::mybucket/${*}",
            DAVID,
            "arn:aws:s3:::mybucket/anything",
            false),
        arguments(
            "${?} is a literal question mark",
            "arn:aws:s3:::mybucket/what${?}",
            DAVID,
            "arn:aws:s3:::mybucket/whatx",
            false),
        arguments(
            "${$} is a literal dollar",
            "arn:aws:s3:::mybucket/price-${$}",
            DAVID,
            "arn:aws:s3:::mybucket/price-$",
            true),
        arguments(
            "wildcards around a variable stay wildcards",
            "arn:aws:s3:::*/${aws:username}/*",
            DAVID,
            "arn:aws:s3:::any-bucket/David/x",
            true),
        arguments(
            "a variable's value containing a star matches only itself",
            "arn:aws:s3:::mybucket/${aws:PrincipalTag/path}",
            ConditionKeys.builder().put("aws:PrincipalTag/path", "a*").build(),
            "arn:aws:s3:::mybucket/abc",
            false),
        arguments(
            "a variable's value containing a star matches the star",
            "arn:aws:s3:::mybucket/${aws:PrincipalTag/path}",
            ConditionKeys.builder().put("aws:PrincipalTag/path", "a*").build(),
            "arn:aws:s3:::mybucket/a*",
            true),
        arguments(
            "an unclosed ${ is plain text",
            "arn:aws:s3:::mybucket/${aws:username",
            DAVID,
            "arn:aws:s3:::mybucket/${aws:username",
            true));
  }

  @ParameterizedTest(name = "{0} -> {4}")
  @MethodSource("resources")
  void givenVariableInResource_matches_resolvesItPerRequest(
      String description, String pattern, ConditionKeys keys, String resource, boolean expected) {
    ResourceClause clause =
        new ResourceClause(false, List.of(PolicyPattern.compile(pattern, true)));

    assertEquals(expected, clause.matches(resource, keys));
  }

  static Stream<Arguments> conditionValues() {
    ConditionKeys teamBlue =
        ConditionKeys.builder()
            .put("aws:PrincipalTag/Team", "blue")
            .put("s3:ExistingObjectTag/Team", "blue")
            .build();
    ConditionKeys untaggedPrincipal =
        ConditionKeys.builder().put("s3:ExistingObjectTag/Team", "blue").build();
    return Stream.of(
        arguments(
            "AWS's tag example: principal and object tags equal, the Deny does not apply",
            "StringNotEquals",
            "s3:ExistingObjectTag/Team",
            "${aws:PrincipalTag/Team}",
            teamBlue,
            false),
        arguments(
            "AWS's tag example: the principal tag missing, the negated operator matches",
            "StringNotEquals",
            "s3:ExistingObjectTag/Team",
            "${aws:PrincipalTag/Team}",
            untaggedPrincipal,
            true),
        arguments(
            "StringEquals against a variable with no value does not match",
            "StringEquals",
            "s3:ExistingObjectTag/Team",
            "${aws:PrincipalTag/Team}",
            untaggedPrincipal,
            false),
        arguments(
            "StringLike against a variable with no value does not match, not even *",
            "StringLike",
            "s3:ExistingObjectTag/Team",
            "*${aws:PrincipalTag/Team}",
            untaggedPrincipal,
            false),
        arguments(
            "StringNotLike against a variable with no value matches",
            "StringNotLike",
            "s3:ExistingObjectTag/Team",
            "${aws:PrincipalTag/Team}*",
            untaggedPrincipal,
            true),
        arguments(
            "ArnNotLike against a variable with no value matches",
            "ArnNotLike",
            "aws:PrincipalArn",
            "arn:aws:iam::123456789012:user/${aws:username}",
            ConditionKeys.builder()
                .put("aws:PrincipalArn", "arn:aws:iam::123456789012:role/r")
                .build(),
            true),
        arguments(
            "AWS's trust example: sts:RoleSessionName must be the user name",
            "StringLike",
            "sts:RoleSessionName",
            "${aws:username}",
            ConditionKeys.builder()
                .put("aws:username", "alice")
                .put("sts:RoleSessionName", "alice")
                .build(),
            true),
        arguments(
            "AWS's s3:prefix example: the user's home folder",
            "StringLike",
            "s3:prefix",
            "home/${aws:username}/*",
            ConditionKeys.builder()
                .put("aws:username", "David")
                .put("s3:prefix", "home/David/photos")
                .build(),
            true),
        arguments(
            "StringEqualsIgnoreCase with a variable",
            "StringEqualsIgnoreCase",
            "sts:RoleSessionName",
            "${aws:username}-laptop",
            ConditionKeys.builder()
                .put("aws:username", "Alice")
                .put("sts:RoleSessionName", "alice-LAPTOP")
                .build(),
            true),
        arguments(
            "StringEquals with a variable and text around it",
            "StringEquals",
            "sts:RoleSessionName",
            "ci-${aws:username}-build",
            ConditionKeys.builder()
                .put("aws:username", "alice")
                .put("sts:RoleSessionName", "ci-alice-builds")
                .build(),
            false),
        arguments(
            "a default in a condition value",
            "StringEquals",
            "sts:RoleSessionName",
            "${aws:username, 'anonymous'}",
            ConditionKeys.builder().put("sts:RoleSessionName", "anonymous").build(),
            true),
        arguments(
            "ArnLike with a variable",
            "ArnLike",
            "aws:PrincipalArn",
            "arn:aws:iam::123456789012:user/${aws:username}",
            ConditionKeys.builder()
                .put("aws:username", "Bob")
                .put("aws:PrincipalArn", "arn:aws:iam::123456789012:user/Bob")
                .build(),
            true),
        arguments(
            "Bool with a variable",
            "Bool",
            "aws:SecureTransport",
            "${test:expected}",
            ConditionKeys.builder()
                .put("test:expected", "true")
                .put("aws:SecureTransport", "true")
                .build(),
            true));
  }

  @ParameterizedTest(name = "{0} -> {5}")
  @MethodSource("conditionValues")
  void givenVariableInConditionValue_isSatisfiedBy_resolvesItPerRequest(
      String description,
      String operator,
      String key,
      String value,
      ConditionKeys keys,
      boolean expected) {
    assertEquals(expected, TestConditions.condition(operator, key, value).isSatisfiedBy(keys));
  }

  @Test
  void givenVersion2008_compile_readsVariablesLiterally() {
    PolicyPattern pattern = PolicyPattern.compile("arn:aws:s3:::mybucket/${aws:username}", false);

    assertFalse(pattern.hasVariables());
    assertFalse(pattern.matches("arn:aws:s3:::mybucket/David", DAVID, false));
    assertTrue(pattern.matches("arn:aws:s3:::mybucket/${aws:username}", DAVID, false));
  }

  @Test
  void givenVersion2008_compile_keepsWildcards() {
    PolicyPattern pattern = PolicyPattern.compile("arn:aws:s3:::mybucket/${*}", false);

    assertTrue(pattern.matches("arn:aws:s3:::mybucket/${anything}", DAVID, false));
    assertFalse(pattern.matches("arn:aws:s3:::mybucket/*", DAVID, false));
  }

  @Test
  void givenVariablesInNumericOrDateOperators_condition_readsThemAsText() {
    // AWS: "You can't use a policy variable with ... Numeric, Date, Boolean, Binary, IP Address,
    // or Null operators"; the parser compiles their values without variables.
    Condition condition = TestConditions.condition("NumericEquals", "test:n", "${test:m}");
    ConditionKeys keys = ConditionKeys.builder().put("test:n", "1").put("test:m", "1").build();

    assertFalse(condition.isSatisfiedBy(keys));
  }

  @Test
  void givenPattern_resolveText_substitutesVariablesOrIsNull() {
    PolicyPattern pattern = PolicyPattern.compile("${aws:username}/${*}", true);

    assertEquals("David/*", pattern.resolveText(DAVID));
    assertNull(pattern.resolveText(ROLE_SESSION));
    assertEquals("plain", PolicyPattern.literal("plain").resolveText(DAVID));
  }

  @Test
  void givenLongVariableValues_matches_growsItsBuffers() {
    String longName = "n".repeat(500);
    ConditionKeys keys = ConditionKeys.builder().put("aws:username", longName).build();
    PolicyPattern pattern = PolicyPattern.compile("a/${aws:username}/${aws:username}/*", true);

    assertTrue(pattern.matches("a/" + longName + "/" + longName + "/x", keys, false));
    assertFalse(pattern.matches("a/" + longName + "/" + longName + "x", keys, false));
  }

  @Test
  void givenSameSourceAndMode_equals_isByValue() {
    assertEquals(PolicyPattern.compile("a/${x}", true), PolicyPattern.compile("a/${x}", true));
    assertEquals(
        PolicyPattern.compile("a/${x}", true).hashCode(),
        PolicyPattern.compile("a/${x}", true).hashCode());
    assertNotEquals(PolicyPattern.compile("a/${x}", true), PolicyPattern.compile("a/${x}", false));
    assertEquals("a/${x}", PolicyPattern.compile("a/${x}", true).toString());
  }
}
