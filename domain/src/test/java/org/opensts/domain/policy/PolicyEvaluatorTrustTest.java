package org.opensts.domain.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.fixture.TestAccounts;
import org.opensts.domain.fixture.TestConditions;
import org.opensts.domain.fixture.TestPolicies;
import org.opensts.domain.fixture.TestPrincipals;
import org.opensts.domain.identity.Principal;

/**
 * Whether a caller may assume a role, as the AssumeRole documentation and IAM's evaluation logic
 * describe it ({@link PolicySet#trust}): the trust policy must always allow; in the role's own
 * account, a trust policy that names the caller needs nothing more, one that names only the account
 * needs the caller's identity policy too; across accounts both sides must allow; an explicit deny
 * on either side wins.
 */
class PolicyEvaluatorTrustTest {

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
            "same account, the caller's session named, no identity policy",
            DEPLOYER_SESSION,
            "arn:aws:iam::111111111111:role/ops",
            TestPolicies.trusting("arn:aws:sts::111111111111:assumed-role/deployer/build-1"),
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
            "same account, trust names someone else, identity policy allows: trust is required",
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
  void givenTrustAndIdentityPolicies_evaluate_followsAwsRules(
      String description,
      Principal caller,
      String roleArn,
      PolicyDocument trustPolicy,
      List<PolicyDocument> identityPolicies,
      Decision.Outcome expected) {
    RequestContext request = new RequestContext(caller, "sts:AssumeRole", roleArn);

    Decision decision =
        PolicyEvaluator.evaluate(
            request, PolicySet.trust(trustPolicy, accountOf(roleArn), identityPolicies));

    assertEquals(expected, decision.outcome());
  }

  static Stream<Arguments> trustConditions() {
    Statement fromTheOffice =
        trustStatement(
            Effect.ALLOW, TestConditions.condition("IpAddress", "aws:SourceIp", "203.0.113.0/24"));
    Statement withExternalId =
        trustStatement(
            Effect.ALLOW, TestConditions.condition("StringEquals", "sts:ExternalId", "Unique-42"));
    Statement denyWithoutMfa =
        trustStatement(
            Effect.DENY, TestConditions.condition("Bool", "aws:MultiFactorAuthPresent", "false"));
    Statement denyWithoutMfaIfExists =
        trustStatement(
            Effect.DENY,
            TestConditions.condition("BoolIfExists", "aws:MultiFactorAuthPresent", "false"));
    Statement sessionNamedAfterUser =
        trustStatement(
            Effect.ALLOW,
            TestConditions.condition("StringLike", "sts:RoleSessionName", "${aws:username}"));
    Statement untilEndOf2030 =
        trustStatement(
            Effect.ALLOW,
            TestConditions.condition("DateLessThan", "aws:CurrentTime", "2031-01-01T00:00:00Z"));
    Statement teamBlue =
        trustStatement(
            Effect.ALLOW,
            TestConditions.condition("StringEquals", "aws:PrincipalTag/team", "blue"));
    return Stream.of(
        arguments(
            "aws:SourceIp in the trusted range",
            fromTheOffice,
            keys("aws:SourceIp", "203.0.113.7"),
            Decision.Outcome.ALLOW),
        arguments(
            "aws:SourceIp outside the trusted range",
            fromTheOffice,
            keys("aws:SourceIp", "198.51.100.7"),
            Decision.Outcome.IMPLICIT_DENY),
        arguments(
            "the right external id",
            withExternalId,
            keys("sts:ExternalId", "Unique-42"),
            Decision.Outcome.ALLOW),
        arguments(
            "no external id: the key is absent",
            withExternalId,
            ConditionKeys.NONE,
            Decision.Outcome.IMPLICIT_DENY),
        arguments(
            "deny without MFA, for a session without MFA",
            denyWithoutMfa,
            keys("aws:MultiFactorAuthPresent", "false"),
            Decision.Outcome.EXPLICIT_DENY),
        arguments(
            "AWS's note: deny without MFA does not deny long-term keys (the key is absent)",
            denyWithoutMfa,
            ConditionKeys.NONE,
            Decision.Outcome.ALLOW),
        arguments(
            "deny without MFA does not deny a session with MFA",
            denyWithoutMfa,
            keys("aws:MultiFactorAuthPresent", "true"),
            Decision.Outcome.ALLOW),
        arguments(
            "AWS's advice: BoolIfExists denies long-term keys too",
            denyWithoutMfaIfExists,
            ConditionKeys.NONE,
            Decision.Outcome.EXPLICIT_DENY),
        arguments(
            "BoolIfExists still lets a session with MFA through",
            denyWithoutMfaIfExists,
            keys("aws:MultiFactorAuthPresent", "true"),
            Decision.Outcome.ALLOW),
        arguments(
            "AWS's example: the session must be named after the user",
            sessionNamedAfterUser,
            ConditionKeys.builder()
                .put("aws:username", "alice")
                .put("sts:RoleSessionName", "alice")
                .build(),
            Decision.Outcome.ALLOW),
        arguments(
            "the session named after someone else",
            sessionNamedAfterUser,
            ConditionKeys.builder()
                .put("aws:username", "alice")
                .put("sts:RoleSessionName", "bob")
                .build(),
            Decision.Outcome.IMPLICIT_DENY),
        arguments(
            "aws:CurrentTime before the end date",
            untilEndOf2030,
            keys("aws:CurrentTime", "2025-01-01T00:00:00Z"),
            Decision.Outcome.ALLOW),
        arguments(
            "aws:CurrentTime after the end date",
            untilEndOf2030,
            keys("aws:CurrentTime", "2031-06-01T00:00:00Z"),
            Decision.Outcome.IMPLICIT_DENY),
        arguments(
            "aws:PrincipalTag of the caller",
            teamBlue,
            keys("aws:PrincipalTag/team", "blue"),
            Decision.Outcome.ALLOW),
        arguments(
            "aws:PrincipalTag of another team",
            teamBlue,
            keys("aws:PrincipalTag/team", "red"),
            Decision.Outcome.IMPLICIT_DENY));
  }

  @ParameterizedTest(name = "{0} -> {3}")
  @MethodSource("trustConditions")
  void givenTrustPolicyWithConditions_evaluate_checksTheRequestKeys(
      String description, Statement statement, ConditionKeys keys, Decision.Outcome expected) {
    // An allowing statement names Alice under its condition; a denying one denies everyone under
    // its condition, beside an unconditional allow for Alice that it has to override.
    PolicyDocument trust =
        statement.effect() == Effect.DENY
            ? TestPolicies.combine(TestPolicies.trusting(ALICE), TestPolicies.of(statement))
            : TestPolicies.of(statement);
    RequestContext request = new RequestContext(ALICE_IN_ALPHA, "sts:AssumeRole", ALPHA_ROLE, keys);

    Decision decision =
        PolicyEvaluator.evaluate(
            request,
            PolicySet.trust(
                trust, TestAccounts.ALPHA, List.of(TestPolicies.allow("sts:AssumeRole", "*"))));

    assertEquals(expected, decision.outcome());
  }

  @Test
  void givenAllowOnBothSides_evaluate_namesTheDecidingStatementsOfBoth() {
    RequestContext request = new RequestContext(ALICE_IN_ALPHA, "sts:AssumeRole", BETA_ROLE);
    PolicyDocument trust = TestPolicies.trusting("111111111111");
    PolicyDocument identity = TestPolicies.allow("sts:AssumeRole", BETA_ROLE);

    Decision decision =
        PolicyEvaluator.evaluate(
            request, PolicySet.trust(trust, TestAccounts.BETA, List.of(identity)));

    assertEquals(
        List.of(identity.statements().get(0), trust.statements().get(0)),
        decision.decidingStatements());
  }

  @Test
  void givenDirectTrustInSameAccount_evaluate_namesOnlyTheTrustStatement() {
    RequestContext request = new RequestContext(ALICE_IN_ALPHA, "sts:AssumeRole", ALPHA_ROLE);
    PolicyDocument trust = TestPolicies.trusting(ALICE);

    Decision decision =
        PolicyEvaluator.evaluate(
            request,
            PolicySet.trust(
                trust, TestAccounts.ALPHA, List.of(TestPolicies.allow("sts:AssumeRole", "*"))));

    assertEquals(trust.statements(), decision.decidingStatements());
  }

  @Test
  void givenTrustDeny_evaluate_namesTheDenyingStatement() {
    RequestContext request = new RequestContext(ALICE_IN_ALPHA, "sts:AssumeRole", ALPHA_ROLE);
    PolicyDocument deny = TestPolicies.trustDenying(ALICE);

    Decision decision =
        PolicyEvaluator.evaluate(
            request,
            PolicySet.trust(
                TestPolicies.combine(TestPolicies.trusting("*"), deny),
                TestAccounts.ALPHA,
                List.of()));

    assertEquals(Decision.Outcome.EXPLICIT_DENY, decision.outcome());
    assertEquals(deny.statements(), decision.decidingStatements());
  }

  @Test
  void givenImplicitDeny_evaluate_namesNoStatement() {
    RequestContext request = new RequestContext(ALICE_IN_ALPHA, "sts:AssumeRole", ALPHA_ROLE);

    Decision decision =
        PolicyEvaluator.evaluate(
            request,
            PolicySet.trust(TestPolicies.trusting("111111111111"), TestAccounts.ALPHA, List.of()));

    assertEquals(List.of(), decision.decidingStatements());
  }

  @Test
  void givenRequiredResourcePolicyMissing_policySet_isRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new PolicySet(
                List.of(),
                PolicyLayer.ABSENT,
                PolicyLayer.ABSENT,
                PolicyLayer.ABSENT,
                TestAccounts.ALPHA,
                true));
  }

  private static Statement trustStatement(Effect effect, Condition condition) {
    return new Statement(
        "",
        effect,
        effect == Effect.DENY
            ? PrincipalClause.EVERYONE
            : PrincipalClause.principal(java.util.Map.of(PrincipalClause.AWS, List.of(ALICE))),
        ActionClause.action(List.of("sts:AssumeRole")),
        ResourceClause.ATTACHED_RESOURCE,
        List.of(condition));
  }

  private static ConditionKeys keys(String key, String value) {
    return ConditionKeys.builder().put(key, value).build();
  }

  private static AccountId accountOf(String roleArn) {
    return AccountId.of(roleArn.split(":")[4]);
  }
}
