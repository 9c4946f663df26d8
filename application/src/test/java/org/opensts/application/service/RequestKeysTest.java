package org.opensts.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.credential.RequestOrigin;
import org.opensts.domain.fixture.TestAccounts;
import org.opensts.domain.fixture.TestCallers;
import org.opensts.domain.fixture.TestClocks;
import org.opensts.domain.fixture.TestPolicies;
import org.opensts.domain.fixture.TestPrincipals;
import org.opensts.domain.fixture.TestRoles;
import org.opensts.domain.fixture.TestUsers;
import org.opensts.domain.iam.Role;
import org.opensts.domain.iam.User;
import org.opensts.domain.identity.IamPath;
import org.opensts.domain.identity.Tag;
import org.opensts.domain.policy.ConditionKeys;

/**
 * The global condition keys of a signed request ("AWS global condition context keys"): present for
 * every caller, present only for some ({@code aws:username} for IAM users, {@code
 * aws:TokenIssueTime} and {@code aws:MultiFactorAuthPresent} for temporary credentials), and with
 * the value AWS gives each kind of caller ({@code aws:PrincipalArn} of a role session is the role's
 * ARN).
 */
class RequestKeysTest {

  private static final String ROOT = "root with a long-term key";
  private static final String USER = "user with a long-term key";
  private static final String USER_SESSION = "user with GetSessionToken credentials";
  private static final String ROLE_SESSION = "role session";

  private static final String NOW = "2025-01-01T00:10:00.750Z";

  private final TestPorts ports = new TestPorts();
  private final RequestKeys requestKeys =
      new RequestKeys(
          new PrincipalDirectory(ports.users, ports.roles, ports.policies),
          TestClocks.fixedAt(NOW));

  RequestKeysTest() {
    User alice = TestUsers.aUser();
    ports.users.save(
        new User(
            alice.account(),
            alice.userId(),
            alice.path(),
            alice.name(),
            Map.of(),
            List.of(new Tag("team", "blue"), new Tag("CostCenter", "1234")),
            alice.createDate()));
    Role deployer = TestRoles.aRole();
    ports.roles.save(
        new Role(
            deployer.account(),
            deployer.roleId(),
            deployer.path(),
            deployer.name(),
            deployer.trustPolicy(),
            Map.of(),
            Duration.ofHours(1),
            List.of(new Tag("team", "ops")),
            deployer.createDate()));
  }

  private static Caller caller(String kind) {
    return switch (kind) {
      case ROOT -> TestCallers.withLongTermKey(TestPrincipals.root());
      case USER -> TestCallers.withLongTermKey(TestPrincipals.alice());
      case USER_SESSION -> TestCallers.withSession(TestPrincipals.alice());
      case ROLE_SESSION -> TestCallers.withSession(TestPrincipals.deployerSession("build-1"));
      default -> throw new IllegalArgumentException(kind);
    };
  }

  static Stream<Arguments> keys() {
    return Stream.of(
        // Who is asking.
        arguments(ROOT, "aws:PrincipalArn", "arn:aws:iam::111111111111:root"),
        arguments(USER, "aws:PrincipalArn", "arn:aws:iam::111111111111:user/alice"),
        arguments(USER_SESSION, "aws:PrincipalArn", "arn:aws:iam::111111111111:user/alice"),
        arguments(ROLE_SESSION, "aws:PrincipalArn", "arn:aws:iam::111111111111:role/deployer"),
        arguments(ROOT, "aws:PrincipalType", "Account"),
        arguments(USER, "aws:PrincipalType", "User"),
        arguments(ROLE_SESSION, "aws:PrincipalType", "AssumedRole"),
        arguments(ROOT, "aws:userid", "111111111111"),
        arguments(USER, "aws:userid", TestUsers.USER_ID),
        arguments(ROLE_SESSION, "aws:userid", TestRoles.ROLE_ID + ":build-1"),
        arguments(ROOT, "aws:PrincipalAccount", "111111111111"),
        arguments(ROLE_SESSION, "aws:PrincipalAccount", "111111111111"),
        arguments(USER, "aws:username", "alice"),
        arguments(USER_SESSION, "aws:username", "alice"),
        arguments(ROOT, "aws:username", null),
        arguments(ROLE_SESSION, "aws:username", null),
        // The principal's tags: a user's own, a role session's role's; the root has none.
        arguments(USER, "aws:PrincipalTag/team", "blue"),
        arguments(USER, "aws:PrincipalTag/costcenter", "1234"),
        arguments(ROLE_SESSION, "aws:PrincipalTag/team", "ops"),
        arguments(ROOT, "aws:PrincipalTag/team", null),
        // Temporary credentials only.
        arguments(ROOT, "aws:TokenIssueTime", null),
        arguments(USER, "aws:TokenIssueTime", null),
        arguments(USER_SESSION, "aws:TokenIssueTime", "2025-01-01T00:00:00Z"),
        arguments(ROLE_SESSION, "aws:TokenIssueTime", "2025-01-01T00:00:00Z"),
        arguments(USER, "aws:MultiFactorAuthPresent", null),
        arguments(ROLE_SESSION, "aws:MultiFactorAuthPresent", "false"),
        // The request itself.
        arguments(USER, "aws:CurrentTime", "2025-01-01T00:10:00Z"),
        arguments(USER, "aws:EpochTime", "1735690200"),
        arguments(USER, "aws:SourceIp", "192.0.2.10"),
        arguments(USER, "aws:SecureTransport", "true"),
        arguments(ROLE_SESSION, "aws:UserAgent", "aws-sdk-java/2.0 test"));
  }

  @ParameterizedTest(name = "{0}: {1} = {2}")
  @MethodSource("keys")
  void givenCaller_of_setsTheKeyAsAwsDoes(String kind, String key, String expected) {
    ConditionKeys keys = requestKeys.of(caller(kind)).build();

    assertEquals(expected, keys.value(key));
    if (expected == null) {
      assertNull(keys.values(key), key + " must be absent, not empty");
    }
  }

  @Test
  void givenPlainHttpWithoutUserAgent_of_setsSecureTransportFalseAndAnEmptyUserAgent() {
    Caller caller =
        TestCallers.withLongTermKey(
            TestPrincipals.alice(), new RequestOrigin("2001:db8::7", false, null));

    ConditionKeys keys = requestKeys.of(caller).build();

    assertEquals("false", keys.value("aws:SecureTransport"));
    assertEquals("2001:db8::7", keys.value("aws:SourceIp"));
    assertEquals("", keys.value("aws:UserAgent"));
  }

  @Test
  void givenUserDeletedAndRecreatedUnderTheSameName_of_givesTheOldPrincipalNoTags() {
    User recreated =
        new User(
            TestAccounts.ALPHA,
            "AIDAZZZZZZZZZZZZZZZZZ",
            IamPath.ROOT,
            "alice",
            Map.of("p", TestPolicies.allow("*", "*")),
            List.of(new Tag("team", "red")),
            TestClocks.NOW);
    ports.users.save(recreated);

    ConditionKeys keys = requestKeys.of(caller(USER)).build();

    assertNull(keys.values("aws:PrincipalTag/team"));
  }

  @Test
  void givenCallerKeys_builder_letsTheUseCaseAddItsOwn() {
    ConditionKeys keys =
        requestKeys.of(caller(ROLE_SESSION)).put("sts:RoleSessionName", "next").build();

    assertEquals("next", keys.value("sts:RoleSessionName"));
    assertEquals("ops", keys.value("aws:PrincipalTag/team"));
  }
}
