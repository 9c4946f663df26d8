package org.opensts.server;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opensts.server.IamErrors.assertIamError;
import static org.opensts.server.StsErrors.assertStsError;

import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.sts.model.AssumeRoleResponse;
import software.amazon.awssdk.services.sts.model.Credentials;
import software.amazon.awssdk.services.sts.model.Tag;

/**
 * AssumeRole's session tags and transitive tag keys, as AWS documents them: their limits, the
 * {@code sts:TagSession} permission, the keys trust policies see, the principal tags of the
 * session, and tags that pass along a chain of sessions without being overridden.
 */
class SessionTagsSystemTest extends SessionParametersSystemTest {

  @Test
  void givenTrustPolicyWithoutTagSession_assumeRoleWithTags_isDenied() {
    assertStsError(
        403,
        "AccessDenied",
        "User: arn:aws:iam::333333333333:user/carol is not authorized to perform: sts:TagSession"
            + " on resource: arn:aws:iam::333333333333:role/plain",
        () -> carolAssumes("plain", r -> r.tags(tag("project", "blue"))));
  }

  @Test
  void givenTrustPolicyWithoutTagSession_assumeRoleWithoutTags_isAllowed() {
    assertDoesNotThrow(() -> carolAssumes("plain", r -> r.tags(List.of())));
  }

  @Test
  void givenTags_assumeRole_reportsThePackedSize() {
    AssumeRoleResponse response = carolAssumes("tagger", r -> r.tags(tag("project", "blue")));

    assertTrue(response.packedPolicySize() > 0 && response.packedPolicySize() <= 100);
  }

  static Stream<Arguments> trustConditionsOnTags() {
    return Stream.of(
        Arguments.of("the tag the trust policy asks for", List.of(tag("project", "blue")), true),
        Arguments.of(
            "only keys the trust policy lists",
            List.of(tag("project", "blue"), tag("cost", "7")),
            true),
        Arguments.of("another value", List.of(tag("project", "red")), false),
        Arguments.of(
            "a key the trust policy does not list",
            List.of(tag("project", "blue"), tag("owner", "x")),
            false),
        Arguments.of("no tags", List.of(), false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("trustConditionsOnTags")
  void givenTrustPolicyConditionsOnRequestTags_assumeRole_decidesOnThem(
      String why, List<Tag> tags, boolean allowed) {
    if (allowed) {
      assertDoesNotThrow(() -> carolAssumes("blue-project", r -> r.tags(tags)));
    } else {
      assertStsError(403, "AccessDenied", () -> carolAssumes("blue-project", r -> r.tags(tags)));
    }
  }

  @Test
  void givenSessionTags_sessionRequests_seeThemAsPrincipalTagsOverridingTheRolesTags() {
    List<Tag> tags = List.of(tag("project", "blue"), tag("TEAM", "core"));

    Credentials project =
        carolAssumes(
                "tagger", r -> r.tags(tags).policy(listOnlyIf("aws:PrincipalTag/project", "blue")))
            .credentials();
    Credentials team =
        carolAssumes(
                "tagger", r -> r.tags(tags).policy(listOnlyIf("aws:PrincipalTag/team", "core")))
            .credentials();
    Credentials roleTeam =
        carolAssumes(
                "tagger", r -> r.tags(tags).policy(listOnlyIf("aws:PrincipalTag/team", "platform")))
            .credentials();

    assertDoesNotThrow(() -> iam(project).listRoles());
    assertDoesNotThrow(() -> iam(team).listRoles());
    assertIamError(403, "AccessDenied", () -> iam(roleTeam).listRoles());
  }

  @Test
  void givenRoleTagsOnly_sessionRequests_seeTheRolesTags() {
    Credentials session =
        carolAssumes("tagger", r -> r.policy(listOnlyIf("aws:PrincipalTag/team", "platform")))
            .credentials();

    assertDoesNotThrow(() -> iam(session).listRoles());
  }

  @Test
  void givenAChainOfThreeSessions_transitiveTagsAndSourceIdentity_passToTheLast() {
    AssumeRoleResponse first =
        carolAssumes(
            "tagger",
            r ->
                r.tags(tag("project", "blue"), tag("cost", "7"))
                    .transitiveTagKeys("PROJECT")
                    .sourceIdentity("carol-1"));
    AssumeRoleResponse second = assume(sts(first.credentials()), "hop2", r -> {});
    AssumeRoleResponse third = assume(sts(second.credentials()), "hop3", r -> {});

    assertEquals("carol-1", first.sourceIdentity());
    assertEquals("carol-1", second.sourceIdentity());
    assertEquals("carol-1", third.sourceIdentity());
    assertDoesNotThrow(() -> iam(lastHop(second, "aws:PrincipalTag/project", "blue")).listRoles());
    assertDoesNotThrow(() -> iam(lastHop(second, "aws:SourceIdentity", "carol-1")).listRoles());
    assertIamError(
        403, "AccessDenied", () -> iam(lastHop(second, "aws:PrincipalTag/cost", "7")).listRoles());
  }

  @Test
  void givenInheritedTransitiveTag_chainedAssumeRole_cannotSetItAgainInAnyCase() {
    Credentials first =
        carolAssumes("tagger", r -> r.tags(tag("project", "blue")).transitiveTagKeys("project"))
            .credentials();

    assertStsError(
        400,
        "InvalidParameterValue",
        "One of the specified transitive tag keys can't be set because it conflicts with a"
            + " transitive tag key from the calling session.",
        () -> assume(sts(first), "hop2", r -> r.tags(tag("Project", "red"))));
  }

  @Test
  void givenNonTransitiveTag_chainedAssumeRole_mayTagTheNextSessionFreely() {
    Credentials first = carolAssumes("tagger", r -> r.tags(tag("cost", "7"))).credentials();

    Credentials second =
        assume(
                sts(first),
                "hop2",
                r -> r.tags(tag("cost", "8")).policy(listOnlyIf("aws:PrincipalTag/cost", "8")))
            .credentials();

    assertDoesNotThrow(() -> iam(second).listRoles());
  }

  @Test
  void givenTransitiveKeyMatchingATagInAnotherCase_assumeRole_accepts() {
    assertDoesNotThrow(
        () ->
            carolAssumes(
                "tagger", r -> r.tags(tag("SessionTag1", "v")).transitiveTagKeys("sessiontag1")));
  }

  static Stream<Arguments> invalidTags() {
    return Stream.of(
        Arguments.of(
            "keys equal but for case",
            List.of(tag("Project", "a"), tag("project", "b")),
            List.of(),
            "InvalidParameterValue",
            "Duplicate tag keys found. Please note that Tag keys are case insensitive."),
        Arguments.of(
            "a transitive key not among the tags",
            List.of(tag("project", "a")),
            List.of("cost"),
            "InvalidParameterValue",
            "The specified transitive tag key must be included in the requested tags."),
        Arguments.of(
            "a key in the aws: namespace",
            List.of(tag("aws:project", "a")),
            List.of(),
            "InvalidParameterValue",
            "Tag keys cannot start with the reserved prefix 'aws:'."),
        Arguments.of("51 tags", tags(51), List.of(), "ValidationError", null),
        Arguments.of(
            "a key of 129 characters",
            List.of(tag("k".repeat(129), "v")),
            List.of(),
            "ValidationError",
            null),
        Arguments.of(
            "a value of 257 characters",
            List.of(tag("k", "v".repeat(257))),
            List.of(),
            "ValidationError",
            null),
        Arguments.of(
            "a key with a character outside the model's set",
            List.of(tag("pro#ject", "v")),
            List.of(),
            "ValidationError",
            "1 validation error detected: Value 'pro#ject' at 'tags.1.member.key' failed to"
                + " satisfy constraint: Member must satisfy regular expression pattern:"
                + " [\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidTags")
  void givenInvalidTags_assumeRole_isRefusedAsAws(
      String why, List<Tag> tags, List<String> transitive, String code, String message) {
    if (message == null) {
      assertStsError(
          400, code, () -> carolAssumes("tagger", r -> r.tags(tags).transitiveTagKeys(transitive)));
    } else {
      assertStsError(
          400,
          code,
          message,
          () -> carolAssumes("tagger", r -> r.tags(tags).transitiveTagKeys(transitive)));
    }
  }

  static Stream<Arguments> validTagEdges() {
    return Stream.of(
        Arguments.of("50 tags", tags(50)),
        Arguments.of("a key of 128 characters", List.of(tag("k".repeat(128), "v"))),
        Arguments.of("a value of 256 characters", List.of(tag("k", "v".repeat(256)))),
        Arguments.of("an empty value", List.of(tag("k", ""))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validTagEdges")
  void givenTagsAtTheirLimits_assumeRole_acceptsThem(String why, List<Tag> tags) {
    assertDoesNotThrow(() -> carolAssumes("tagger", r -> r.tags(tags)));
  }

  /** The third session of a chain, which may list roles only when {@code key} = {@code value}. */
  private static Credentials lastHop(AssumeRoleResponse second, String key, String value) {
    return assume(sts(second.credentials()), "hop3", r -> r.policy(listOnlyIf(key, value)))
        .credentials();
  }

  /** A session policy that lets the session list roles only when {@code key} = {@code value}. */
  private static String listOnlyIf(String key, String value) {
    return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":"
        + "\"iam:ListRoles\",\"Resource\":\"*\",\"Condition\":{\"StringEquals\":{\""
        + key
        + "\":\""
        + value
        + "\"}}}]}";
  }

  static Tag tag(String key, String value) {
    return Tag.builder().key(key).value(value).build();
  }

  private static List<Tag> tags(int count) {
    return IntStream.range(0, count).mapToObj(i -> tag("key" + i, "value" + i)).toList();
  }
}
