package org.opensts.application.service;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.error.AccessDeniedException;
import org.opensts.domain.error.AuthenticationException;
import org.opensts.domain.error.ErrorCode;
import org.opensts.domain.fixture.TestAccounts;
import org.opensts.domain.fixture.TestCallers;
import org.opensts.domain.fixture.TestClocks;
import org.opensts.domain.fixture.TestPolicies;
import org.opensts.domain.fixture.TestPrincipals;
import org.opensts.domain.fixture.TestRoles;
import org.opensts.domain.fixture.TestUsers;
import org.opensts.domain.iam.User;
import org.opensts.domain.identity.Principal;
import org.opensts.domain.policy.PolicyDocument;

/**
 * How every IAM admin request is decided: the root within its account; users and role sessions by
 * their identity policies, with AWS's two AccessDenied wordings; GetSessionToken sessions never.
 */
class IamAuthorizerTest {

  private static final String ALICE_ARN = "arn:aws:iam::111111111111:user/alice";
  private static final String TEAM_USER = "arn:aws:iam::111111111111:user/team/carol";
  private static final String OTHER_USER = "arn:aws:iam::111111111111:user/carol";

  private final TestPorts ports = new TestPorts();
  private final PrincipalDirectory directory =
      new PrincipalDirectory(ports.users, ports.roles, ports.policies);
  private final IamAuthorizer authorizer =
      new IamAuthorizer(
          new CallerPermissions(directory, new SessionPolicyDocuments(ports.policyParser)),
          new RequestKeys(directory, TestClocks.fixed()));

  static Stream<Arguments> rootRequests() {
    return Stream.of(
        arguments("iam:CreateUser", TEAM_USER),
        arguments("iam:DeleteUser", OTHER_USER),
        arguments("iam:ListUsers", "arn:aws:iam::111111111111:user/"),
        arguments("iam:CreateAccessKey", "arn:aws:iam::111111111111:root"));
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("rootRequests")
  void givenRootWithLongTermKey_authorize_allowsAnyIamActionInItsAccountWithoutPolicies(
      String action, String resource) {
    assertDoesNotThrow(
        () ->
            authorizer.authorize(
                TestCallers.withLongTermKey(TestPrincipals.root()), action, resource));
  }

  @Test
  void givenUserWhosePolicyAllowsTheActionOnThePath_authorize_allows() {
    Caller alice =
        aliceWith(TestPolicies.allow("iam:CreateUser", "arn:aws:iam::111111111111:user/team/*"));

    assertDoesNotThrow(() -> authorizer.authorize(alice, "iam:CreateUser", TEAM_USER));
  }

  static Stream<Arguments> policiesThatDoNotAllow() {
    return Stream.of(
        arguments("no policy at all", null),
        arguments(
            "a policy for another path",
            TestPolicies.allow("iam:CreateUser", "arn:aws:iam::111111111111:user/ops/*")),
        arguments(
            "a policy for another action",
            TestPolicies.allow("iam:GetUser", "arn:aws:iam::111111111111:user/*")),
        arguments(
            "a policy for the same path in another account",
            TestPolicies.allow("iam:CreateUser", "arn:aws:iam::222222222222:user/team/*")),
        arguments("a policy for sts actions only", TestPolicies.allow("sts:*", "*")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("policiesThatDoNotAllow")
  void givenUserWithoutAnAllowingPolicy_authorize_failsWithNoIdentityPolicyWording(
      String why, PolicyDocument policy) {
    Caller alice = policy == null ? aliceWith() : aliceWith(policy);

    AccessDeniedException error =
        assertThrows(
            AccessDeniedException.class,
            () -> authorizer.authorize(alice, "iam:CreateUser", TEAM_USER));

    assertEquals(ErrorCode.ACCESS_DENIED, error.code());
    assertEquals(
        "User: "
            + ALICE_ARN
            + " is not authorized to perform: iam:CreateUser on resource: "
            + TEAM_USER
            + " because no identity-based policy allows the iam:CreateUser action",
        error.getMessage());
  }

  @Test
  void givenUserWithAllowAndExplicitDeny_authorize_failsWithExplicitDenyWording() {
    Caller alice =
        aliceWith(
            TestPolicies.combine(
                TestPolicies.allow("iam:*", "*"),
                TestPolicies.deny("iam:DeleteUser", "arn:aws:iam::111111111111:user/team/*")));

    AccessDeniedException error =
        assertThrows(
            AccessDeniedException.class,
            () -> authorizer.authorize(alice, "iam:DeleteUser", TEAM_USER));

    assertEquals(
        "User: "
            + ALICE_ARN
            + " is not authorized to perform: iam:DeleteUser on resource: "
            + TEAM_USER
            + " with an explicit deny in an identity-based policy",
        error.getMessage());
    assertDoesNotThrow(() -> authorizer.authorize(alice, "iam:DeleteUser", OTHER_USER));
  }

  @Test
  void givenCallerWhoseUserWasDeletedAndRecreated_authorize_ignoresTheNewUsersPolicies() {
    User recreated =
        new User(
            TestAccounts.ALPHA,
            "AIDABBBBBBBBBBBBBBBBB",
            TestUsers.aUser().path(),
            "alice",
            Map.of("all", TestPolicies.allow("iam:*", "*")),
            List.of(),
            TestClocks.NOW);
    ports.users.save(recreated);
    Caller oldAlice = TestCallers.withLongTermKey(TestPrincipals.alice());

    assertThrows(
        AccessDeniedException.class,
        () -> authorizer.authorize(oldAlice, "iam:CreateUser", TEAM_USER));
  }

  static Stream<Arguments> getSessionTokenSessions() {
    return Stream.of(
        arguments("a user's session", TestPrincipals.alice()),
        arguments("the root's session", TestPrincipals.root()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("getSessionTokenSessions")
  void givenGetSessionTokenSession_authorize_failsWithInvalidClientTokenIdWhateverThePolicies(
      String who, Principal principal) {
    ports.users.save(
        TestUsers.aUser(
            TestAccounts.ALPHA, "alice", Map.of("all", TestPolicies.allow("iam:*", "*"))));

    AuthenticationException error =
        assertThrows(
            AuthenticationException.class,
            () ->
                authorizer.authorize(
                    TestCallers.withSession(principal), "iam:CreateUser", TEAM_USER));

    assertEquals(ErrorCode.INVALID_CLIENT_TOKEN_ID, error.code());
    assertEquals("The security token included in the request is invalid", error.getMessage());
  }

  @Test
  void givenRoleSessionWhoseRolePolicyAllows_authorize_allows() {
    ports.roles.save(
        TestRoles.withPolicy(
            TestRoles.aRole(),
            "users",
            TestPolicies.allow("iam:CreateUser", "arn:aws:iam::111111111111:user/team/*")));

    assertDoesNotThrow(
        () ->
            authorizer.authorize(
                TestCallers.withSession(TestPrincipals.deployerSession("build-1")),
                "iam:CreateUser",
                TEAM_USER));
  }

  @Test
  void givenRoleSessionWhoseRolePolicyDoesNotCoverTheResource_authorize_namesTheSessionArn() {
    ports.roles.save(
        TestRoles.withPolicy(
            TestRoles.aRole(),
            "users",
            TestPolicies.allow("iam:CreateUser", "arn:aws:iam::111111111111:user/team/*")));

    AccessDeniedException error =
        assertThrows(
            AccessDeniedException.class,
            () ->
                authorizer.authorize(
                    TestCallers.withSession(TestPrincipals.deployerSession("build-1")),
                    "iam:CreateUser",
                    OTHER_USER));

    assertEquals(
        "User: arn:aws:sts::111111111111:assumed-role/deployer/build-1 is not authorized to"
            + " perform: iam:CreateUser on resource: "
            + OTHER_USER
            + " because no identity-based policy allows the iam:CreateUser action",
        error.getMessage());
  }

  @Test
  void givenRoleSessionOfADeletedRole_authorize_failsWithAccessDenied() {
    assertThrows(
        AccessDeniedException.class,
        () ->
            authorizer.authorize(
                TestCallers.withSession(TestPrincipals.deployerSession("build-1")),
                "iam:CreateUser",
                TEAM_USER));
  }

  private Caller aliceWith(PolicyDocument... policies) {
    Map<String, PolicyDocument> byName = new HashMap<>();
    for (int i = 0; i < policies.length; i++) {
      byName.put("policy-" + i, policies[i]);
    }
    User alice = TestUsers.aUser(TestAccounts.ALPHA, "alice", byName);
    ports.users.save(alice);
    return TestCallers.withLongTermKey(alice.principal());
  }
}
