package org.opensts.domain.iam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.opensts.domain.error.EntityException;
import org.opensts.domain.error.ErrorCode;
import org.opensts.domain.error.InvalidRequestException;
import org.opensts.domain.fixture.TestAccounts;
import org.opensts.domain.fixture.TestClocks;
import org.opensts.domain.fixture.TestPolicies;
import org.opensts.domain.fixture.TestRoles;
import org.opensts.domain.identity.IamPath;
import org.opensts.domain.identity.RoleSessionName;
import org.opensts.domain.identity.Tag;
import org.opensts.domain.policy.PolicyDocument;

/**
 * A role's rules: who may become it is elsewhere; here, its identity and how long a session lasts.
 */
class RoleTest {

  private static final String EXCEEDS_MAX =
      "The requested DurationSeconds exceeds the MaxSessionDuration set for this role.";
  private static final String EXCEEDS_CHAINING_LIMIT =
      "The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role"
          + " chaining.";

  private static Role roleWithMax(Duration max) {
    return TestRoles.withMaxSessionDuration(TestRoles.aRole(), max);
  }

  static Stream<Arguments> grantedDurations() {
    return Stream.of(
        arguments("no request: one hour by default", 3600, null, false, 3600),
        arguments("no request on a 12-hour role: still one hour", 43200, null, false, 3600),
        arguments("the 15-minute minimum", 3600, 900, false, 900),
        arguments("exactly the role's maximum", 3600, 3600, false, 3600),
        arguments("below a 4-hour maximum", 14400, 7200, false, 7200),
        arguments("the 12-hour ceiling on a 12-hour role", 43200, 43200, false, 43200),
        arguments("chained, no request: one hour", 43200, null, true, 3600),
        arguments("chained, exactly one hour", 43200, 3600, true, 3600),
        arguments("chained, 15 minutes", 43200, 900, true, 900));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("grantedDurations")
  void givenRequestWithinLimits_sessionDuration_grantsIt(
      String description, int maxSeconds, Integer requested, boolean chained, int expectedSeconds) {
    Role role = roleWithMax(Duration.ofSeconds(maxSeconds));

    assertEquals(Duration.ofSeconds(expectedSeconds), role.sessionDuration(requested, chained));
  }

  static Stream<Arguments> refusedDurations() {
    return Stream.of(
        arguments("one second over a one-hour maximum", 3600, 3601, false, EXCEEDS_MAX),
        arguments("two hours on a one-hour role", 3600, 7200, false, EXCEEDS_MAX),
        arguments("12 hours on a 4-hour role", 14400, 43200, false, EXCEEDS_MAX),
        arguments(
            "chained, one second over an hour on a 12-hour role",
            43200,
            3601,
            true,
            EXCEEDS_CHAINING_LIMIT),
        arguments(
            "chained, 12 hours on a 12-hour role", 43200, 43200, true, EXCEEDS_CHAINING_LIMIT),
        arguments(
            "chained, over both limits: the chaining limit is named",
            3600,
            7200,
            true,
            EXCEEDS_CHAINING_LIMIT));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedDurations")
  void givenRequestOverALimit_sessionDuration_failsWithValidationError(
      String description, int maxSeconds, int requested, boolean chained, String message) {
    Role role = roleWithMax(Duration.ofSeconds(maxSeconds));

    InvalidRequestException error =
        assertThrows(InvalidRequestException.class, () -> role.sessionDuration(requested, chained));

    assertEquals(ErrorCode.VALIDATION_ERROR, error.code());
    assertEquals(message, error.getMessage());
  }

  @Test
  void givenChainedSession_sessionDuration_refusesMoreThanOneHour() {
    Role role = roleWithMax(Duration.ofHours(12));

    InvalidRequestException error =
        assertThrows(InvalidRequestException.class, () -> role.sessionDuration(3601, true));

    assertEquals(EXCEEDS_CHAINING_LIMIT, error.getMessage());
  }

  @ParameterizedTest
  @ValueSource(ints = {3600, 3601, 43199, 43200})
  void givenMaxSessionDurationWithinOneToTwelveHours_constructor_acceptsIt(int seconds) {
    assertEquals(
        Duration.ofSeconds(seconds), roleWithMax(Duration.ofSeconds(seconds)).maxSessionDuration());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 900, 3599, 43201, 129600})
  void givenMaxSessionDurationOutsideOneToTwelveHours_constructor_refusesIt(int seconds) {
    IllegalArgumentException error =
        assertThrows(
            IllegalArgumentException.class, () -> roleWithMax(Duration.ofSeconds(seconds)));

    assertEquals("MaxSessionDuration is 3600 to 43200 seconds: " + seconds, error.getMessage());
  }

  static Stream<Arguments> invalidRoleIds() {
    return Stream.of(
        arguments("a user id", "AIDAAAAAAAAAAAAAAAAAA"),
        arguments("too short", "AROAAAAAAAAAAAAAAAAA"),
        arguments("a character outside base 32", "AROA1AAAAAAAAAAAAAAAA"),
        arguments("no id", null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidRoleIds")
  void givenRoleIdNotAroa_constructor_refusesIt(String description, String roleId) {
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> roleWithId(roleId));

    assertEquals("A role id is AROA followed by 17 base-32 characters", error.getMessage());
  }

  static Stream<Arguments> invalidNames() {
    return Stream.of(
        arguments("the empty name", ""),
        arguments("65 characters", "r".repeat(65)),
        arguments("a slash", "team/deployer"),
        arguments("a space", "my role"),
        arguments("a colon", "role:x"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidNames")
  void givenNameBreakingIamRules_constructor_refusesIt(String description, String name) {
    IllegalArgumentException error =
        assertThrows(
            IllegalArgumentException.class,
            () -> TestRoles.aRole(TestAccounts.ALPHA, name, TestPolicies.trusting("111111111111")));

    assertEquals("A role name has 1 to 64 characters of [\\w+=,.@-]: " + name, error.getMessage());
  }

  @Test
  void givenNameOfSixtyFourCharacters_constructor_acceptsIt() {
    String name = "r".repeat(64);

    assertEquals(
        name, TestRoles.aRole(TestAccounts.ALPHA, name, TestPolicies.trusting("*")).name());
  }

  @Test
  void givenRoleWithPath_arn_includesThePath() {
    Role role = roleWithPath(new IamPath("/team/"));

    assertEquals("arn:aws:iam::111111111111:role/team/deployer", role.arn().toString());
  }

  @Test
  void givenRoleWithPath_session_namesTheRoleWithoutPath() {
    Role role = roleWithPath(new IamPath("/team/"));

    var session = role.session(RoleSessionName.of("build-42"));

    assertEquals(
        "arn:aws:sts::111111111111:assumed-role/deployer/build-42", session.arn().toString());
    assertEquals(TestRoles.ROLE_ID + ":build-42", session.userId());
    assertEquals(role.arn(), session.roleArn());
  }

  @Test
  void givenInlinePolicies_identityPolicies_areThem() {
    Role role = TestRoles.withPolicy(TestRoles.aRole(), "deploy", TestPolicies.allow("s3:*", "*"));

    assertEquals(List.of(TestPolicies.allow("s3:*", "*")), role.identityPolicies());
  }

  // --- Description, boundary, trust policy and inline policies --------------------------------

  @Test
  void givenTheBootstrapConstructor_role_hasNoDescriptionAndNoBoundary() {
    Role role = TestRoles.aRole();

    assertEquals("", role.description());
    assertFalse(role.hasDescription());
    assertEquals(PermissionsBoundary.NONE, role.permissionsBoundary());
  }

  @Test
  void givenDescriptionOver1000Characters_constructor_refusesIt() {
    Role base = TestRoles.aRole();

    assertThrows(IllegalArgumentException.class, () -> base.withDescription("d".repeat(1001)));
  }

  @Test
  void givenWithMethods_role_changesOnlyWhatTheyName() {
    Role base = TestRoles.aRole();
    PermissionsBoundary boundary =
        PermissionsBoundary.policy("arn:aws:iam::111111111111:policy/Boundary");

    Role changed =
        base.withDescription("ops")
            .withMaxSessionDuration(Duration.ofHours(2))
            .withPermissionsBoundary(boundary)
            .withTags(List.of(new Tag("team", "ops")));

    assertEquals("ops", changed.description());
    assertEquals(Duration.ofHours(2), changed.maxSessionDuration());
    assertEquals(boundary, changed.permissionsBoundary());
    assertEquals(List.of(new Tag("team", "ops")), changed.tags());
    assertEquals(base.roleId(), changed.roleId());
    assertEquals(base.arn(), changed.arn());
    assertEquals(base.trustPolicy(), changed.trustPolicy());
    assertEquals(base.createDate(), changed.createDate());
  }

  @Test
  void givenTrustPolicyOf2048Characters_create_acceptsIt() {
    Role role = created(document("t".repeat(2048)));

    assertEquals(Map.of(), role.inlinePolicies());
  }

  @Test
  void givenTrustPolicyOver2048Characters_createAndWithTrustPolicy_failWithLimitExceeded() {
    PolicyDocument large = document("t".repeat(2049));

    EntityException onCreate = assertThrows(EntityException.class, () -> created(large));
    EntityException onUpdate =
        assertThrows(EntityException.class, () -> TestRoles.aRole().withTrustPolicy(large));

    assertEquals(ErrorCode.LIMIT_EXCEEDED, onCreate.code());
    assertEquals("Cannot exceed quota for ACLSizePerRole: 2048", onCreate.getMessage());
    assertEquals(onCreate.getMessage(), onUpdate.getMessage());
  }

  @Test
  void givenInlinePoliciesOver10240Characters_withInlinePolicy_failsWithLimitExceeded() {
    Role role = TestRoles.aRole().withInlinePolicy("one", document("x".repeat(10000)));

    EntityException error =
        assertThrows(
            EntityException.class, () -> role.withInlinePolicy("two", document("y".repeat(241))));

    assertEquals(ErrorCode.LIMIT_EXCEEDED, error.code());
    assertEquals(
        "Maximum policy size of 10240 bytes exceeded for role deployer", error.getMessage());
    assertEquals(
        Set.of("one", "two"),
        role.withInlinePolicy("two", document("y".repeat(240))).inlinePolicies().keySet());
  }

  @Test
  void givenInlinePolicies_withoutInlinePolicy_removesTheNamedOne() {
    Role role =
        TestRoles.aRole().withInlinePolicy("a", document("a")).withInlinePolicy("b", document("b"));

    assertEquals(Map.of("b", document("b")), role.withoutInlinePolicy("a").inlinePolicies());
  }

  @Test
  void givenPathAndName_arn_isTheRoleArnWithItsPath() {
    assertEquals(
        "arn:aws:iam::111111111111:role/team/ops/deployer",
        Role.arn(TestAccounts.ALPHA, new IamPath("/team/ops/"), "deployer").toString());
  }

  private static Role created(PolicyDocument trustPolicy) {
    return Role.create(
        TestAccounts.ALPHA,
        TestRoles.ROLE_ID,
        IamPath.ROOT,
        "deployer",
        "",
        trustPolicy,
        Role.DEFAULT_MAX_SESSION_DURATION,
        PermissionsBoundary.NONE,
        List.of(),
        TestClocks.NOW);
  }

  private static PolicyDocument document(String text) {
    return new PolicyDocument("2012-10-17", List.of(), text);
  }

  private static Role roleWithId(String roleId) {
    Role base = TestRoles.aRole();
    return new Role(
        base.account(),
        roleId,
        base.path(),
        base.name(),
        base.trustPolicy(),
        Map.of(),
        base.maxSessionDuration(),
        List.of(),
        TestClocks.NOW);
  }

  private static Role roleWithPath(IamPath path) {
    Role base = TestRoles.aRole();
    return new Role(
        base.account(),
        base.roleId(),
        path,
        base.name(),
        base.trustPolicy(),
        Map.of(),
        base.maxSessionDuration(),
        List.of(),
        TestClocks.NOW);
  }
}
