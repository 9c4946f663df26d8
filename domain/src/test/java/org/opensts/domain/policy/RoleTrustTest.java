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
import org.opensts.domain.identity.Principal;

/**
 * Whether a caller may assume a role, as the AssumeRole documentation and IAM's evaluation logic
 * describe it: the trust policy must always allow; in the role's own account, a trust policy that
 * names the caller needs nothing more, one that names only the account needs the caller's identity
 * policy too; across accounts both sides must allow; an explicit deny on either side wins.
 */
class RoleTrustTest {

  private static final String ALPHA_ROLE = "arn:aws:iam::111111111111:role/deployer";
  private static final String BETA_ROLE = "arn:aws:iam::222222222222:role/deployer";
  private static final String ALICE = "arn:aws:iam::111111111111:user/alice";
  private static final Principal ALICE_IN_ALPHA = TestPrincipals.alice();
  private static final Principal DEPLOYER_SESSION = TestPrincipals.deployerSession("build-1");

  private static final List<PolicyDocument> NO_IDENTITY_POLICY = List.of();

  static Stream<Arguments> rules() {
    return Stream.of(
        // Same account.
        arguments(
            "same account, caller named directly, no identity policy",
            ALICE_IN_ALPHA,
            ALPHA_ROLE,
            TestPolicies.trusting(ALICE),
            NO_IDENTITY_POLICY,
            Decision.Outcome.ALLOW),
        arguments(
            "same account, everyone trusted, no identity policy",
            ALICE_IN_ALPHA,
            ALPHA_ROLE,
            TestPolicies.trusting("*"),
            NO_IDENTITY_POLICY,
            Decision.Outcome.ALLOW),
        arguments(
            "same account, the caller's role named (a session of it calls), no identity policy",
            DEPLOYER_SESSION,
            "arn:aws:iam::111111111111:role/ops",
            TestPolicies.trusting(ALPHA_ROLE),
            NO_IDENTITY_POLICY,
            Decision.Outcome.ALLOW),
        arguments(
            "same account, account id trusted, no identity policy",
            ALICE_IN_ALPHA,
            ALPHA_ROLE,
            TestPolicies.trusting("111111111111"),
            NO_IDENTITY_POLICY,
            Decision.Outcome.IMPLICIT_DENY),
        arguments(
            "same account, root ARN trusted, no identity policy",
            ALICE_IN_ALPHA,
            ALPHA_ROLE,
            TestPolicies.trusting("arn:aws:iam::111111111111:root"),
            NO_IDENTITY_POLICY,
            Decision.Outcome.IMPLICIT_DENY),
        arguments(
            "same account, account trusted, identity policy allows",
            ALICE_IN_ALPHA,
            ALPHA_ROLE,
            TestPolicies.trusting("111111111111"),
            List.of(TestPolicies.allow("sts:AssumeRole", ALPHA_ROLE)),
            Decision.Outcome.ALLOW),
        arguments(
            "same account, account trusted, identity policy allows another role only",
            ALICE_IN_ALPHA,
            ALPHA_ROLE,
            TestPolicies.trusting("111111111111"),
            List.of(TestPolicies.allow("sts:AssumeRole", "arn:aws:iam::111111111111:role/ops")),
            Decision.Outcome.IMPLICIT_DENY),
        arguments(
            "same account, trust names someone else, identity policy allows",
            ALICE_IN_ALPHA,
            ALPHA_ROLE,
            TestPolicies.trusting("arn:aws:iam::111111111111:user/bob"),
            List.of(TestPolicies.allow("*", "*")),
            Decision.Outcome.IMPLICIT_DENY),
        arguments(
            "same account, trust names someone else, no identity policy",
            ALICE_IN_ALPHA,
            ALPHA_ROLE,
            TestPolicies.trusting("arn:aws:iam::111111111111:user/bob"),
            NO_IDENTITY_POLICY,
            Decision.Outcome.IMPLICIT_DENY),
        // Across accounts.
        arguments(
            "cross-account, caller's account trusted, no identity policy",
            ALICE_IN_ALPHA,
            BETA_ROLE,
            TestPolicies.trusting("111111111111"),
            NO_IDENTITY_POLICY,
            Decision.Outcome.IMPLICIT_DENY),
        arguments(
            "cross-account, caller's account trusted, identity policy allows",
            ALICE_IN_ALPHA,
            BETA_ROLE,
            TestPolicies.trusting("111111111111"),
            List.of(TestPolicies.allow("sts:AssumeRole", BETA_ROLE)),
            Decision.Outcome.ALLOW),
        arguments(
            "cross-account, caller named directly, no identity policy",
            ALICE_IN_ALPHA,
            BETA_ROLE,
            TestPolicies.trusting(ALICE),
            NO_IDENTITY_POLICY,
            Decision.Outcome.IMPLICIT_DENY),
        arguments(
            "cross-account, caller named directly, identity policy allows",
            ALICE_IN_ALPHA,
            BETA_ROLE,
            TestPolicies.trusting(ALICE),
            List.of(TestPolicies.allow("sts:AssumeRole", "*")),
            Decision.Outcome.ALLOW),
        arguments(
            "cross-account, everyone trusted, no identity policy",
            ALICE_IN_ALPHA,
            BETA_ROLE,
            TestPolicies.trusting("*"),
            NO_IDENTITY_POLICY,
            Decision.Outcome.IMPLICIT_DENY),
        arguments(
            "cross-account, only the role's own account trusted, identity policy allows",
            ALICE_IN_ALPHA,
            BETA_ROLE,
            TestPolicies.trusting("222222222222"),
            List.of(TestPolicies.allow("sts:AssumeRole", BETA_ROLE)),
            Decision.Outcome.IMPLICIT_DENY),
        // Explicit denies.
        arguments(
            "trust policy denies the caller, though it also names it and identity allows",
            ALICE_IN_ALPHA,
            ALPHA_ROLE,
            TestPolicies.combine(TestPolicies.trusting(ALICE), TestPolicies.trustDenying(ALICE)),
            List.of(TestPolicies.allow("*", "*")),
            Decision.Outcome.EXPLICIT_DENY),
        arguments(
            "trust policy denies the caller's account",
            ALICE_IN_ALPHA,
            ALPHA_ROLE,
            TestPolicies.combine(
                TestPolicies.trusting(ALICE), TestPolicies.trustDenying("111111111111")),
            NO_IDENTITY_POLICY,
            Decision.Outcome.EXPLICIT_DENY),
        arguments(
            "same account, caller named directly, identity policy denies",
            ALICE_IN_ALPHA,
            ALPHA_ROLE,
            TestPolicies.trusting(ALICE),
            List.of(TestPolicies.deny("sts:AssumeRole", "*")),
            Decision.Outcome.EXPLICIT_DENY),
        arguments(
            "cross-account, identity policy allows and denies",
            ALICE_IN_ALPHA,
            BETA_ROLE,
            TestPolicies.trusting("111111111111"),
            List.of(TestPolicies.allow("*", "*"), TestPolicies.deny("sts:*", BETA_ROLE)),
            Decision.Outcome.EXPLICIT_DENY),
        arguments(
            "trust names someone else and identity policy denies: the deny is what is reported",
            ALICE_IN_ALPHA,
            ALPHA_ROLE,
            TestPolicies.trusting("arn:aws:iam::111111111111:user/bob"),
            List.of(TestPolicies.deny("*", "*")),
            Decision.Outcome.EXPLICIT_DENY));
  }

  @ParameterizedTest(name = "{0} -> {5}")
  @MethodSource("rules")
  void givenTrustAndIdentityPolicies_decide_followsAwsRules(
      String description,
      Principal caller,
      String roleArn,
      PolicyDocument trustPolicy,
      List<PolicyDocument> identityPolicies,
      Decision.Outcome expected) {
    RequestContext request = new RequestContext(caller, "sts:AssumeRole", roleArn);
    boolean sameAccount = roleArn.contains(":" + caller.account().value() + ":");

    Decision decision =
        RoleTrust.decide(
            trustPolicy, sameAccount, request, PolicyEvaluator.evaluate(request, identityPolicies));

    assertEquals(expected, decision.outcome());
  }

  @Test
  void givenAllowOnBothSides_decide_namesTheDecidingStatementsOfBoth() {
    RequestContext request = new RequestContext(ALICE_IN_ALPHA, "sts:AssumeRole", BETA_ROLE);
    PolicyDocument trust = TestPolicies.trusting("111111111111");
    PolicyDocument identity = TestPolicies.allow("sts:AssumeRole", BETA_ROLE);

    Decision decision =
        RoleTrust.decide(
            trust, false, request, PolicyEvaluator.evaluate(request, List.of(identity)));

    assertEquals(
        List.of(trust.statements().get(0), identity.statements().get(0)),
        decision.decidingStatements());
    assertEquals(PrincipalMatch.ACCOUNT, decision.grant());
  }

  @Test
  void givenDirectTrustInSameAccount_decide_namesOnlyTheTrustStatement() {
    RequestContext request = new RequestContext(ALICE_IN_ALPHA, "sts:AssumeRole", ALPHA_ROLE);
    PolicyDocument trust = TestPolicies.trusting(ALICE);

    Decision decision =
        RoleTrust.decide(trust, true, request, PolicyEvaluator.evaluate(request, List.of()));

    assertEquals(trust.statements(), decision.decidingStatements());
    assertEquals(PrincipalMatch.DIRECT, decision.grant());
  }

  @Test
  void givenTrustDeny_decide_namesTheDenyingStatement() {
    RequestContext request = new RequestContext(ALICE_IN_ALPHA, "sts:AssumeRole", ALPHA_ROLE);
    PolicyDocument deny = TestPolicies.trustDenying(ALICE);

    Decision decision =
        RoleTrust.decide(
            TestPolicies.combine(TestPolicies.trusting("*"), deny),
            true,
            request,
            PolicyEvaluator.evaluate(request, List.of()));

    assertEquals(deny.statements(), decision.decidingStatements());
  }
}
