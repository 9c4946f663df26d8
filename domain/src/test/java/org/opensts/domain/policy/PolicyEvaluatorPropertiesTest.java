package org.opensts.domain.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.fixture.TestAccounts;
import org.opensts.domain.fixture.TestConditions;
import org.opensts.domain.fixture.TestPrincipals;
import org.opensts.domain.identity.Principal;

/**
 * Properties of the evaluation logic over many random policy sets (a seeded {@link Random}, so a
 * failure repeats): a deny that matches is never overridden, and adding a Deny, session policies or
 * a permissions boundary never turns a denied request into an allowed one.
 */
class PolicyEvaluatorPropertiesTest {

  private static final int CASES = 5_000;

  private static final Principal[] CALLERS = {
    TestPrincipals.alice(),
    TestPrincipals.deployerSession("build-1"),
    TestPrincipals.root(),
    TestPrincipals.user(TestAccounts.BETA, "carol"),
  };
  private static final Principal SESSION = CALLERS[1];

  private static final String[] ACTIONS = {"s3:GetObject", "s3:PutObject", "sts:AssumeRole"};
  private static final String[] RESOURCES = {
    "arn:aws:s3:::bucket/report.csv",
    "arn:aws:s3:::other/data.bin",
    "arn:aws:iam::111111111111:role/ops",
  };
  private static final String[] ACTION_PATTERNS = {
    "*", "s3:*", "s3:GetObject", "s3:Put*", "sts:AssumeRole", "S3:GETOBJECT", "iam:*"
  };
  private static final String[] RESOURCE_PATTERNS = {
    "*", "arn:aws:s3:::bucket/*", "arn:aws:s3:::other/*", "arn:aws:iam::*:role/*", "arn:aws:s3:::*"
  };
  private static final String[] PRINCIPALS = {
    "*",
    "111111111111",
    "222222222222",
    "arn:aws:iam::111111111111:root",
    "arn:aws:iam::111111111111:user/alice",
    "arn:aws:iam::222222222222:user/carol",
    "arn:aws:iam::111111111111:role/deployer",
    "arn:aws:sts::111111111111:assumed-role/deployer/build-1",
    "arn:aws:iam::111111111111:user/bob",
  };
  private static final Condition[] CONDITIONS = {
    TestConditions.condition("StringEquals", "aws:PrincipalTag/team", "blue"),
    TestConditions.condition("StringNotEquals", "aws:PrincipalTag/team", "red"),
    TestConditions.condition("IpAddress", "aws:SourceIp", "10.0.0.0/8"),
    TestConditions.condition("NotIpAddress", "aws:SourceIp", "192.0.2.0/24"),
    TestConditions.condition("BoolIfExists", "aws:MultiFactorAuthPresent", "true"),
    TestConditions.condition("Null", "aws:TokenIssueTime", "true"),
    TestConditions.condition("ForAllValues:StringLike", "aws:TagKeys", "team", "cost-*"),
    TestConditions.condition("ForAnyValue:StringEquals", "aws:TagKeys", "team"),
    TestConditions.condition("DateLessThan", "aws:CurrentTime", "2030-01-01T00:00:00Z"),
    TestConditions.condition("StringLike", "sts:RoleSessionName", "${aws:username}*"),
  };

  @Test
  void givenRandomPolicySets_addingAMatchingDeny_alwaysDeniesExplicitly() {
    Random random = new Random(20_240_101L);
    for (int i = 0; i < CASES; i++) {
      RequestContext request = request(random);
      PolicySet policies = policySet(random, request.principal());
      Statement deny = matchingDeny(request);

      for (PolicySet withDeny : withStatementInEachLayer(policies, deny)) {
        Decision decision = PolicyEvaluator.evaluate(request, withDeny);

        assertEquals(
            Decision.Outcome.EXPLICIT_DENY, decision.outcome(), () -> describe(request, withDeny));
        assertTrue(
            decision.decidingStatements().stream().anyMatch(s -> s.sid().equals(deny.sid())));
      }
    }
  }

  @Test
  void givenRandomPolicySets_addingAnyDeny_neverTurnsADenialIntoAnAllow() {
    Random random = new Random(7L);
    for (int i = 0; i < CASES; i++) {
      RequestContext request = request(random);
      PolicySet policies = policySet(random, request.principal());
      Decision before = PolicyEvaluator.evaluate(request, policies);
      Statement deny = statement(random, Effect.DENY, random.nextBoolean());

      for (PolicySet withDeny : withStatementInEachLayer(policies, deny)) {
        Decision after = PolicyEvaluator.evaluate(request, withDeny);

        assertTrue(!after.isAllowed() || before.isAllowed(), () -> describe(request, withDeny));
      }
    }
  }

  @Test
  void givenRandomRoleSessions_addingSessionPolicies_neverWidensPermissions() {
    Random random = new Random(42L);
    for (int i = 0; i < CASES; i++) {
      RequestContext request = request(random, SESSION);
      PolicySet policies = policySet(random, SESSION).withSessionPolicies(PolicyLayer.ABSENT);
      Decision before = PolicyEvaluator.evaluate(request, policies);
      PolicySet withSession = policies.withSessionPolicies(randomLayer(random));

      Decision after = PolicyEvaluator.evaluate(request, withSession);

      assertTrue(
          !after.isAllowed() || before.isAllowed(),
          () -> "session policies widened " + describe(request, withSession));
    }
  }

  @Test
  void givenRandomPolicySets_addingAPermissionsBoundary_neverWidensPermissions() {
    Random random = new Random(1_000_003L);
    for (int i = 0; i < CASES; i++) {
      RequestContext request = request(random);
      PolicySet policies =
          policySet(random, request.principal()).withPermissionsBoundary(PolicyLayer.ABSENT);
      Decision before = PolicyEvaluator.evaluate(request, policies);
      PolicySet withBoundary = policies.withPermissionsBoundary(randomLayer(random));

      Decision after = PolicyEvaluator.evaluate(request, withBoundary);

      assertTrue(
          !after.isAllowed() || before.isAllowed(),
          () -> "a boundary widened " + describe(request, withBoundary));
    }
  }

  @Test
  void givenRandomPolicySets_theGenerator_producesEveryOutcome() {
    // Guards the properties above against a generator that only ever denies.
    Random random = new Random(99L);
    int[] outcomes = new int[Decision.Outcome.values().length];
    for (int i = 0; i < CASES; i++) {
      RequestContext request = request(random);
      outcomes[
          PolicyEvaluator.evaluate(request, policySet(random, request.principal()))
              .outcome()
              .ordinal()]++;
    }
    for (Decision.Outcome outcome : Decision.Outcome.values()) {
      assertTrue(outcomes[outcome.ordinal()] > CASES / 20, () -> outcome + " is too rare");
    }
  }

  private static RequestContext request(Random random) {
    return request(random, CALLERS[random.nextInt(CALLERS.length)]);
  }

  private static RequestContext request(Random random, Principal caller) {
    ConditionKeys.Builder keys = ConditionKeys.builder();
    pick(random, keys, "aws:PrincipalTag/team", "blue", "red", null);
    pick(random, keys, "aws:SourceIp", "10.1.2.3", "192.0.2.44", "2001:db8::1");
    pick(random, keys, "aws:MultiFactorAuthPresent", "true", "false", null);
    pick(random, keys, "aws:TokenIssueTime", "2025-01-01T00:00:00Z", null);
    pick(random, keys, "aws:CurrentTime", "2025-06-01T00:00:00Z", "2031-01-01T00:00:00Z");
    pick(random, keys, "aws:username", "alice", null);
    pick(random, keys, "sts:RoleSessionName", "alice-laptop", "bob", null);
    switch (random.nextInt(4)) {
      case 0 -> keys.put("aws:TagKeys", List.of("team"));
      case 1 -> keys.put("aws:TagKeys", List.of("team", "project"));
      case 2 -> keys.put("aws:TagKeys", List.of());
      default -> {}
    }
    return new RequestContext(
        caller,
        ACTIONS[random.nextInt(ACTIONS.length)],
        RESOURCES[random.nextInt(RESOURCES.length)],
        keys.build());
  }

  private static void pick(
      Random random, ConditionKeys.Builder keys, String key, String... valuesOrNull) {
    keys.putIfPresent(key, valuesOrNull[random.nextInt(valuesOrNull.length)]);
  }

  private static PolicySet policySet(Random random, Principal caller) {
    List<PolicyDocument> identity = documents(random, random.nextInt(4), false);
    PolicySet policies = PolicySet.identity(identity);
    if (random.nextInt(3) == 0) {
      policies = policies.withPermissionsBoundary(randomLayer(random));
    }
    if (caller == SESSION && random.nextInt(2) == 0) {
      policies = policies.withSessionPolicies(randomLayer(random));
    }
    if (random.nextInt(3) > 0) {
      AccountId owner = random.nextInt(3) == 0 ? TestAccounts.BETA : TestAccounts.ALPHA;
      PolicyDocument resourcePolicy = documents(random, 1, true).get(0);
      policies =
          new PolicySet(
              policies.identityPolicies(),
              policies.permissionsBoundary(),
              policies.sessionPolicies(),
              PolicyLayer.of(resourcePolicy),
              owner,
              random.nextInt(4) == 0);
    }
    return policies;
  }

  private static PolicyLayer randomLayer(Random random) {
    return PolicyLayer.of(documents(random, random.nextInt(3), false));
  }

  private static List<PolicyDocument> documents(Random random, int count, boolean resourcePolicy) {
    List<PolicyDocument> documents = new ArrayList<>();
    for (int d = 0; d < count; d++) {
      List<Statement> statements = new ArrayList<>();
      int size = 1 + random.nextInt(4);
      for (int s = 0; s < size; s++) {
        Effect effect = random.nextInt(5) == 0 ? Effect.DENY : Effect.ALLOW;
        statements.add(statement(random, effect, resourcePolicy));
      }
      documents.add(new PolicyDocument("2012-10-17", statements, "{}"));
    }
    return documents;
  }

  private static Statement statement(Random random, Effect effect, boolean resourcePolicy) {
    PrincipalClause principal = PrincipalClause.ABSENT;
    if (resourcePolicy) {
      List<String> names = new ArrayList<>();
      for (int n = 1 + random.nextInt(2); n > 0; n--) {
        names.add(PRINCIPALS[random.nextInt(PRINCIPALS.length)]);
      }
      Map<String, List<String>> values = Map.of(PrincipalClause.AWS, names);
      principal =
          random.nextInt(8) == 0
              ? PrincipalClause.notPrincipal(values)
              : PrincipalClause.principal(values);
    }
    ActionClause action =
        random.nextInt(8) == 0
            ? ActionClause.notAction(List.of(pick(random, ACTION_PATTERNS)))
            : ActionClause.action(List.of(pick(random, ACTION_PATTERNS)));
    ResourceClause resource =
        random.nextInt(8) == 0
            ? ResourceClause.notResource(List.of(pick(random, RESOURCE_PATTERNS)))
            : ResourceClause.resource(List.of(pick(random, RESOURCE_PATTERNS)));
    List<Condition> conditions = new ArrayList<>();
    for (int c = random.nextInt(3); c > 0; c--) {
      conditions.add(CONDITIONS[random.nextInt(CONDITIONS.length)]);
    }
    return new Statement("", effect, principal, action, resource, conditions);
  }

  private static String pick(Random random, String[] choices) {
    return choices[random.nextInt(choices.length)];
  }

  /**
   * A Deny that applies to the request whatever the layer: everyone, this action, this resource.
   */
  private static Statement matchingDeny(RequestContext request) {
    return new Statement(
        "Matching",
        Effect.DENY,
        PrincipalClause.ABSENT,
        ActionClause.action(List.of(request.action())),
        ResourceClause.resource(List.of(request.resource())));
  }

  /**
   * The policy set with the statement added to its identity policies, its boundary, its session
   * policies and its resource policy in turn (with {@code "Principal": "*"} there); a layer that
   * was absent becomes present with the statement as its only policy.
   */
  private static List<PolicySet> withStatementInEachLayer(PolicySet policies, Statement added) {
    PolicyDocument document = new PolicyDocument("2012-10-17", List.of(added), "{}");
    List<PolicyDocument> identity = new ArrayList<>(policies.identityPolicies());
    identity.add(document);
    Statement forEveryone =
        new Statement(
            added.sid(),
            added.effect(),
            PrincipalClause.EVERYONE,
            added.action(),
            added.resource(),
            added.conditions());
    List<PolicyDocument> resource = new ArrayList<>(policies.resourcePolicy().documents());
    resource.add(new PolicyDocument("2012-10-17", List.of(forEveryone), "{}"));
    AccountId owner =
        policies.resourceAccount() == null ? TestAccounts.ALPHA : policies.resourceAccount();
    return List.of(
        new PolicySet(
            identity,
            policies.permissionsBoundary(),
            policies.sessionPolicies(),
            policies.resourcePolicy(),
            policies.resourceAccount(),
            policies.resourcePolicyRequired()),
        policies.withPermissionsBoundary(plus(policies.permissionsBoundary(), document)),
        policies.withSessionPolicies(plus(policies.sessionPolicies(), document)),
        new PolicySet(
            policies.identityPolicies(),
            policies.permissionsBoundary(),
            policies.sessionPolicies(),
            PolicyLayer.of(resource),
            owner,
            policies.resourcePolicyRequired()));
  }

  private static PolicyLayer plus(PolicyLayer layer, PolicyDocument document) {
    List<PolicyDocument> documents = new ArrayList<>(layer.documents());
    documents.add(document);
    return PolicyLayer.of(documents);
  }

  private static String describe(RequestContext request, PolicySet policies) {
    return request + " with " + policies;
  }
}
