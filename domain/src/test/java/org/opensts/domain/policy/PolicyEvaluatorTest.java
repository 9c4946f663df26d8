package org.opensts.domain.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opensts.domain.fixture.TestPolicies;
import org.opensts.domain.fixture.TestPrincipals;

/**
 * AWS's evaluation logic for identity policies alone: an explicit deny wins over any allow, an
 * allow otherwise grants, and no applicable statement is an implicit deny. The decision names the
 * statements that made it. Trust policies are in {@link PolicyEvaluatorTrustTest}, the other kinds
 * of policy in {@link PolicyEvaluatorLayersTest}.
 */
class PolicyEvaluatorTest {

  private static final String ROLE = "arn:aws:iam::111111111111:role/deployer";
  private static final RequestContext ASSUME_DEPLOYER =
      new RequestContext(TestPrincipals.alice(), "sts:AssumeRole", ROLE);

  private static final PolicyDocument ALLOW_ASSUME = TestPolicies.allow("sts:AssumeRole", ROLE);
  private static final PolicyDocument ALLOW_ALL = TestPolicies.allow("*", "*");
  private static final PolicyDocument DENY_ASSUME = TestPolicies.deny("sts:AssumeRole", ROLE);
  private static final PolicyDocument DENY_ALL_STS = TestPolicies.deny("sts:*", "*");
  private static final PolicyDocument ALLOW_OTHER_ROLE =
      TestPolicies.allow("sts:AssumeRole", "arn:aws:iam::111111111111:role/ops");
  private static final PolicyDocument DENY_OTHER_ACTION =
      TestPolicies.deny("sts:GetFederationToken", "*");

  static Stream<Arguments> decisions() {
    return Stream.of(
        arguments("no policy at all", List.of(), Decision.Outcome.IMPLICIT_DENY, List.of()),
        arguments(
            "an allow that applies",
            List.of(ALLOW_ASSUME),
            Decision.Outcome.ALLOW,
            List.of(ALLOW_ASSUME)),
        arguments(
            "an allow for another resource",
            List.of(ALLOW_OTHER_ROLE),
            Decision.Outcome.IMPLICIT_DENY,
            List.of()),
        arguments(
            "a deny that applies and no allow",
            List.of(DENY_ASSUME),
            Decision.Outcome.EXPLICIT_DENY,
            List.of(DENY_ASSUME)),
        arguments(
            "an allow and a deny: the deny wins",
            List.of(ALLOW_ASSUME, DENY_ASSUME),
            Decision.Outcome.EXPLICIT_DENY,
            List.of(DENY_ASSUME)),
        arguments(
            "a deny before an allow: the deny still wins",
            List.of(DENY_ALL_STS, ALLOW_ALL),
            Decision.Outcome.EXPLICIT_DENY,
            List.of(DENY_ALL_STS)),
        arguments(
            "a deny for another action does not stop an allow",
            List.of(ALLOW_ASSUME, DENY_OTHER_ACTION),
            Decision.Outcome.ALLOW,
            List.of(ALLOW_ASSUME)),
        arguments(
            "two allows both decide",
            List.of(ALLOW_ALL, ALLOW_ASSUME, ALLOW_OTHER_ROLE),
            Decision.Outcome.ALLOW,
            List.of(ALLOW_ALL, ALLOW_ASSUME)),
        arguments(
            "two denies both decide",
            List.of(DENY_ASSUME, ALLOW_ALL, DENY_ALL_STS),
            Decision.Outcome.EXPLICIT_DENY,
            List.of(DENY_ASSUME, DENY_ALL_STS)));
  }

  @ParameterizedTest(name = "{0} -> {2}")
  @MethodSource("decisions")
  void givenPolicies_evaluate_decidesAsAwsDoes(
      String description,
      List<PolicyDocument> policies,
      Decision.Outcome outcome,
      List<PolicyDocument> deciding) {
    Decision decision = PolicyEvaluator.evaluate(ASSUME_DEPLOYER, policies);

    assertEquals(outcome, decision.outcome());
    assertEquals(statementsOf(deciding), decision.decidingStatements());
  }

  @Test
  void givenNotActionDeny_evaluate_deniesEveryOtherAction() {
    PolicyDocument denyAllButCallerIdentity =
        new PolicyDocument(
            "2012-10-17",
            List.of(
                new Statement(
                    "OnlyWhoAmI",
                    Effect.DENY,
                    PrincipalClause.ABSENT,
                    ActionClause.notAction(List.of("sts:GetCallerIdentity")),
                    ResourceClause.resource(List.of("*")))),
            "{}");

    Decision decision =
        PolicyEvaluator.evaluate(ASSUME_DEPLOYER, List.of(ALLOW_ALL, denyAllButCallerIdentity));

    assertEquals(Decision.Outcome.EXPLICIT_DENY, decision.outcome());
    assertEquals("OnlyWhoAmI", decision.decidingStatements().get(0).sid());
  }

  @Test
  void givenNotResourceAllow_evaluate_allowsEveryOtherResource() {
    PolicyDocument allowAllButOps =
        new PolicyDocument(
            "2012-10-17",
            List.of(
                new Statement(
                    "",
                    Effect.ALLOW,
                    PrincipalClause.ABSENT,
                    ActionClause.action(List.of("sts:AssumeRole")),
                    ResourceClause.notResource(List.of("arn:aws:iam::111111111111:role/ops")))),
            "{}");

    assertEquals(
        Decision.Outcome.ALLOW,
        PolicyEvaluator.evaluate(ASSUME_DEPLOYER, List.of(allowAllButOps)).outcome());
    assertEquals(
        Decision.Outcome.IMPLICIT_DENY,
        PolicyEvaluator.evaluate(
                new RequestContext(
                    TestPrincipals.alice(), "sts:AssumeRole", "arn:aws:iam::111111111111:role/ops"),
                List.of(allowAllButOps))
            .outcome());
  }

  private static List<Statement> statementsOf(List<PolicyDocument> documents) {
    return documents.stream().flatMap(d -> d.statements().stream()).toList();
  }
}
