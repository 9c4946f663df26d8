package org.opensts.domain.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.fixture.TestAccounts;
import org.opensts.domain.fixture.TestPolicies;
import org.opensts.domain.fixture.TestPrincipals;
import org.opensts.domain.identity.Principal;

/**
 * AWS's evaluation logic across the kinds of policy ("Policy evaluation logic", "Cross-account
 * policy evaluation logic", "Session policies"): an explicit deny in any policy wins; identity
 * policies, the permissions boundary and session policies intersect; in the resource's account a
 * resource-based policy naming a user or a session allows outright, one naming a role allows within
 * the boundary and session policies, one naming the account delegates to identity policies; across
 * accounts both sides must allow.
 */
class PolicyEvaluatorLayersTest {

  private static final String ACTION = "s3:GetObject";
  private static final String OBJECT = "arn:aws:s3:::bucket/report.csv";

  private static final Principal ALICE = TestPrincipals.alice();
  private static final Principal SESSION = TestPrincipals.deployerSession("build-1");
  private static final Principal ROOT = TestPrincipals.root();
  private static final Principal CAROL_IN_BETA = TestPrincipals.user(TestAccounts.BETA, "carol");
  private static final Principal BETA_ROOT = TestPrincipals.root(TestAccounts.BETA);

  private static final String ALICE_ARN = "arn:aws:iam::111111111111:user/alice";
  private static final String SESSION_ARN =
      "arn:aws:sts::111111111111:assumed-role/deployer/build-1";
  private static final String ROLE_ARN = "arn:aws:iam::111111111111:role/deployer";
  private static final String CAROL_ARN = "arn:aws:iam::222222222222:user/carol";

  private static final PolicyDocument ALLOW_GET = TestPolicies.allow(ACTION, OBJECT);
  private static final PolicyDocument ALLOW_ALL = TestPolicies.allow("*", "*");
  private static final PolicyDocument ALLOW_PUT_ONLY = TestPolicies.allow("s3:PutObject", "*");
  private static final PolicyDocument DENY_GET = TestPolicies.deny(ACTION, "*");

  private static final List<PolicyDocument> NONE = List.of();

  static Stream<Arguments> identityBoundaryAndSession() {
    return Stream.of(
        arguments("identity policy allows", ALICE, identity(ALLOW_GET), Decision.Outcome.ALLOW),
        arguments("no policy at all", ALICE, identity(), Decision.Outcome.IMPLICIT_DENY),
        arguments(
            "the root needs no identity policy in its own account",
            ROOT,
            identity(),
            Decision.Outcome.ALLOW),
        arguments(
            "explicit deny in an identity policy",
            ALICE,
            identity(ALLOW_ALL, DENY_GET),
            Decision.Outcome.EXPLICIT_DENY),
        arguments(
            "explicit deny applies to the root too",
            ROOT,
            identity(DENY_GET),
            Decision.Outcome.EXPLICIT_DENY),
        arguments(
            "explicit deny in the permissions boundary",
            ALICE,
            identity(ALLOW_ALL).withPermissionsBoundary(layer(ALLOW_ALL, DENY_GET)),
            Decision.Outcome.EXPLICIT_DENY),
        arguments(
            "explicit deny in a session policy",
            SESSION,
            identity(ALLOW_ALL).withSessionPolicies(layer(ALLOW_ALL, DENY_GET)),
            Decision.Outcome.EXPLICIT_DENY),
        arguments(
            "identity and boundary both allow",
            ALICE,
            identity(ALLOW_GET).withPermissionsBoundary(layer(ALLOW_ALL)),
            Decision.Outcome.ALLOW),
        arguments(
            "the boundary allows other actions only",
            ALICE,
            identity(ALLOW_ALL).withPermissionsBoundary(layer(ALLOW_PUT_ONLY)),
            Decision.Outcome.IMPLICIT_DENY),
        arguments(
            "a boundary alone grants nothing",
            ALICE,
            identity().withPermissionsBoundary(layer(ALLOW_ALL)),
            Decision.Outcome.IMPLICIT_DENY),
        arguments(
            "a boundary that allows nothing allows nothing",
            ALICE,
            identity(ALLOW_ALL).withPermissionsBoundary(layer()),
            Decision.Outcome.IMPLICIT_DENY),
        arguments(
            "a role session without session policies is unrestricted by them",
            SESSION,
            identity(ALLOW_GET),
            Decision.Outcome.ALLOW),
        arguments(
            "identity and session policies both allow",
            SESSION,
            identity(ALLOW_ALL).withSessionPolicies(layer(ALLOW_GET)),
            Decision.Outcome.ALLOW),
        arguments(
            "session policies that allow nothing: the session may do nothing",
            SESSION,
            identity(ALLOW_ALL).withSessionPolicies(layer()),
            Decision.Outcome.IMPLICIT_DENY),
        arguments(
            "session policies allowing other actions only",
            SESSION,
            identity(ALLOW_ALL).withSessionPolicies(layer(ALLOW_PUT_ONLY)),
            Decision.Outcome.IMPLICIT_DENY),
        arguments(
            "session policies alone grant nothing",
            SESSION,
            identity().withSessionPolicies(layer(ALLOW_ALL)),
            Decision.Outcome.IMPLICIT_DENY),
        arguments(
            "identity, boundary and session policies all allow",
            SESSION,
            identity(ALLOW_GET)
                .withPermissionsBoundary(layer(ALLOW_ALL))
                .withSessionPolicies(layer(ALLOW_ALL)),
            Decision.Outcome.ALLOW),
        arguments(
            "identity and session allow, the boundary does not",
            SESSION,
            identity(ALLOW_GET)
                .withPermissionsBoundary(layer(ALLOW_PUT_ONLY))
                .withSessionPolicies(layer(ALLOW_ALL)),
            Decision.Outcome.IMPLICIT_DENY));
  }

  static Stream<Arguments> sameAccountResourcePolicies() {
    return Stream.of(
        arguments(
            "naming the user: allowed without an identity policy",
            ALICE,
            resource(TestAccounts.ALPHA, Effect.ALLOW, ALICE_ARN),
            Decision.Outcome.ALLOW),
        arguments(
            "naming the user: not limited by the user's boundary",
            ALICE,
            resource(TestAccounts.ALPHA, Effect.ALLOW, ALICE_ARN)
                .withPermissionsBoundary(layer(ALLOW_PUT_ONLY)),
            Decision.Outcome.ALLOW),
        arguments(
            "naming the user, and the boundary denies explicitly",
            ALICE,
            resource(TestAccounts.ALPHA, Effect.ALLOW, ALICE_ARN)
                .withPermissionsBoundary(layer(DENY_GET)),
            Decision.Outcome.EXPLICIT_DENY),
        arguments(
            "naming the session: allowed outright, session policies notwithstanding",
            SESSION,
            resource(TestAccounts.ALPHA, Effect.ALLOW, SESSION_ARN)
                .withSessionPolicies(layer())
                .withPermissionsBoundary(layer()),
            Decision.Outcome.ALLOW),
        arguments(
            "naming the role: allowed without an identity policy",
            SESSION,
            resource(TestAccounts.ALPHA, Effect.ALLOW, ROLE_ARN),
            Decision.Outcome.ALLOW),
        arguments(
            "naming the role: session policies that allow it",
            SESSION,
            resource(TestAccounts.ALPHA, Effect.ALLOW, ROLE_ARN)
                .withSessionPolicies(layer(ALLOW_GET)),
            Decision.Outcome.ALLOW),
        arguments(
            "naming the role: limited by session policies",
            SESSION,
            resource(TestAccounts.ALPHA, Effect.ALLOW, ROLE_ARN).withSessionPolicies(layer()),
            Decision.Outcome.IMPLICIT_DENY),
        arguments(
            "naming the role: limited by the boundary",
            SESSION,
            resource(TestAccounts.ALPHA, Effect.ALLOW, ROLE_ARN)
                .withPermissionsBoundary(layer(ALLOW_PUT_ONLY)),
            Decision.Outcome.IMPLICIT_DENY),
        arguments(
            "naming the account delegates: no identity policy",
            ALICE,
            resource(TestAccounts.ALPHA, Effect.ALLOW, "111111111111"),
            Decision.Outcome.IMPLICIT_DENY),
        arguments(
            "naming the account delegates: the identity policy allows",
            ALICE,
            resource(TestAccounts.ALPHA, Effect.ALLOW, "111111111111", ALLOW_GET),
            Decision.Outcome.ALLOW),
        arguments(
            "naming everyone",
            ALICE,
            resource(TestAccounts.ALPHA, Effect.ALLOW, "*"),
            Decision.Outcome.ALLOW),
        arguments(
            "naming someone else: the identity policy alone suffices in the same account",
            ALICE,
            resource(TestAccounts.ALPHA, Effect.ALLOW, ROLE_ARN, ALLOW_GET),
            Decision.Outcome.ALLOW),
        arguments(
            "explicit deny in the resource policy, naming the caller",
            ALICE,
            resource(TestAccounts.ALPHA, Effect.DENY, ALICE_ARN, ALLOW_ALL),
            Decision.Outcome.EXPLICIT_DENY),
        arguments(
            "explicit deny in the resource policy, naming the caller's account",
            SESSION,
            resource(TestAccounts.ALPHA, Effect.DENY, "111111111111", ALLOW_ALL),
            Decision.Outcome.EXPLICIT_DENY),
        arguments(
            "a deny in the resource policy for someone else does not apply",
            ALICE,
            resource(TestAccounts.ALPHA, Effect.DENY, ROLE_ARN, ALLOW_ALL),
            Decision.Outcome.ALLOW),
        arguments(
            "the resource policy names the user, the identity policy denies",
            ALICE,
            resource(TestAccounts.ALPHA, Effect.ALLOW, ALICE_ARN, DENY_GET),
            Decision.Outcome.EXPLICIT_DENY));
  }

  static Stream<Arguments> crossAccount() {
    return Stream.of(
        arguments(
            "A to B: B names A's account, A's identity policy allows",
            ALICE,
            resource(TestAccounts.BETA, Effect.ALLOW, "111111111111", ALLOW_GET),
            Decision.Outcome.ALLOW),
        arguments(
            "A to B: B names A's account, no identity policy",
            ALICE,
            resource(TestAccounts.BETA, Effect.ALLOW, "111111111111"),
            Decision.Outcome.IMPLICIT_DENY),
        arguments(
            "A to B: B names the user, no identity policy",
            ALICE,
            resource(TestAccounts.BETA, Effect.ALLOW, ALICE_ARN),
            Decision.Outcome.IMPLICIT_DENY),
        arguments(
            "A to B: B names the session, the identity policy allows but session policies do not",
            SESSION,
            resource(TestAccounts.BETA, Effect.ALLOW, SESSION_ARN, ALLOW_GET)
                .withSessionPolicies(layer()),
            Decision.Outcome.IMPLICIT_DENY),
        arguments(
            "A to B: B names the role, identity and session policies allow",
            SESSION,
            resource(TestAccounts.BETA, Effect.ALLOW, ROLE_ARN, ALLOW_GET)
                .withSessionPolicies(layer(ALLOW_GET)),
            Decision.Outcome.ALLOW),
        arguments(
            "A to B: B's policy names someone else, the identity policy allows",
            ALICE,
            resource(TestAccounts.BETA, Effect.ALLOW, "333333333333", ALLOW_GET),
            Decision.Outcome.IMPLICIT_DENY),
        arguments(
            "A to B: B has no resource policy, the identity policy allows",
            ALICE,
            PolicySet.identity(List.of(ALLOW_GET))
                .withResourcePolicy(TestPolicies.of(), TestAccounts.BETA),
            Decision.Outcome.IMPLICIT_DENY),
        arguments(
            "A to B: B allows, A's boundary does not",
            ALICE,
            resource(TestAccounts.BETA, Effect.ALLOW, "111111111111", ALLOW_GET)
                .withPermissionsBoundary(layer(ALLOW_PUT_ONLY)),
            Decision.Outcome.IMPLICIT_DENY),
        arguments(
            "A to B: B denies A's account explicitly",
            ALICE,
            resource(TestAccounts.BETA, Effect.DENY, "111111111111", ALLOW_ALL),
            Decision.Outcome.EXPLICIT_DENY),
        arguments(
            "A to B: A's root needs no identity policy, B names A",
            ROOT,
            resource(TestAccounts.BETA, Effect.ALLOW, "arn:aws:iam::111111111111:root"),
            Decision.Outcome.ALLOW),
        arguments(
            "A to B: A's root, B names nobody of A",
            ROOT,
            resource(TestAccounts.BETA, Effect.ALLOW, "222222222222"),
            Decision.Outcome.IMPLICIT_DENY),
        arguments(
            "B to A: A names B's user, B's identity policy allows",
            CAROL_IN_BETA,
            resource(TestAccounts.ALPHA, Effect.ALLOW, CAROL_ARN, ALLOW_GET),
            Decision.Outcome.ALLOW),
        arguments(
            "B to A: A names B's user, no identity policy",
            CAROL_IN_BETA,
            resource(TestAccounts.ALPHA, Effect.ALLOW, CAROL_ARN),
            Decision.Outcome.IMPLICIT_DENY),
        arguments(
            "B to A: A names only its own account, B's identity policy allows",
            CAROL_IN_BETA,
            resource(TestAccounts.ALPHA, Effect.ALLOW, "111111111111", ALLOW_GET),
            Decision.Outcome.IMPLICIT_DENY),
        arguments(
            "B to A: B's root, A names B",
            BETA_ROOT,
            resource(TestAccounts.ALPHA, Effect.ALLOW, "222222222222"),
            Decision.Outcome.ALLOW));
  }

  @ParameterizedTest(name = "{0} -> {3}")
  @MethodSource({"identityBoundaryAndSession", "sameAccountResourcePolicies", "crossAccount"})
  void givenPolicySet_evaluate_combinesTheLayersAsAwsDoes(
      String description, Principal caller, PolicySet policies, Decision.Outcome expected) {
    RequestContext request = new RequestContext(caller, ACTION, OBJECT);

    assertEquals(expected, PolicyEvaluator.evaluate(request, policies).outcome());
  }

  @Test
  void givenDenyInSeveralLayers_evaluate_namesEveryDenyingStatement() {
    PolicyDocument identityDeny = TestPolicies.deny(ACTION, "*");
    PolicyDocument boundaryDeny = TestPolicies.deny("s3:*", "*");
    PolicyDocument sessionDeny = TestPolicies.deny("*", OBJECT);
    PolicySet policies =
        identity(ALLOW_ALL, identityDeny)
            .withPermissionsBoundary(layer(boundaryDeny))
            .withSessionPolicies(layer(sessionDeny));

    Decision decision =
        PolicyEvaluator.evaluate(new RequestContext(SESSION, ACTION, OBJECT), policies);

    assertEquals(
        List.of(
            identityDeny.statements().get(0),
            boundaryDeny.statements().get(0),
            sessionDeny.statements().get(0)),
        decision.decidingStatements());
  }

  @Test
  void givenRoleNamedInResourcePolicy_evaluate_namesTheResourceAndSessionStatements() {
    PolicyDocument resourcePolicy =
        TestPolicies.of(TestPolicies.resourceStatement(Effect.ALLOW, ACTION, OBJECT, ROLE_ARN));
    PolicySet policies =
        PolicySet.identity(List.of())
            .withResourcePolicy(resourcePolicy, TestAccounts.ALPHA)
            .withSessionPolicies(layer(ALLOW_GET));

    Decision decision =
        PolicyEvaluator.evaluate(new RequestContext(SESSION, ACTION, OBJECT), policies);

    assertEquals(
        List.of(resourcePolicy.statements().get(0), ALLOW_GET.statements().get(0)),
        decision.decidingStatements());
  }

  private static PolicySet identity(PolicyDocument... documents) {
    return PolicySet.identity(List.of(documents));
  }

  private static PolicyLayer layer(PolicyDocument... documents) {
    return PolicyLayer.of(List.of(documents));
  }

  /** A resource policy of one statement for the principal, and the caller's identity policies. */
  private static PolicySet resource(
      AccountId owner, Effect effect, String principal, PolicyDocument... identityPolicies) {
    return PolicySet.identity(identityPolicies.length == 0 ? NONE : List.of(identityPolicies))
        .withResourcePolicy(
            TestPolicies.of(TestPolicies.resourceStatement(effect, ACTION, OBJECT, principal)),
            owner);
  }
}
