package org.opensts.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.opensts.adapter.policyjson.JacksonPolicyDocumentParser;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.identity.IamPath;
import org.opensts.domain.identity.IamUserPrincipal;
import org.opensts.domain.policy.ConditionKeys;
import org.opensts.domain.policy.Decision;
import org.opensts.domain.policy.PolicyDocument;
import org.opensts.domain.policy.PolicyEvaluator;
import org.opensts.domain.policy.PolicyKind;
import org.opensts.domain.policy.PolicySet;
import org.opensts.domain.policy.RequestContext;

/**
 * One authorization decision for a request against 10 identity policies of 10 statements each,
 * every statement with six conditions, and an AssumeRole decision (trust policy plus identity
 * policies). Policies are parsed once in setup, as the server does.
 *
 * <p>Two shapes of policy set: {@code realistic}, where statements name other services' actions (as
 * they mostly do) and two of them match action and resource but fail a condition; and {@code
 * conditionHeavy}, where every third statement does, so that 34 statements evaluate all their
 * conditions.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PolicyEvaluationBenchmark {

  private static final AccountId ACCOUNT = AccountId.of("123456789012");

  @Param({"realistic", "conditionHeavy"})
  public String shape;

  private List<PolicyDocument> identityPolicies;
  private PolicyDocument trustPolicy;
  private RequestContext objectRequest;
  private RequestContext assumeRoleRequest;

  @Setup
  public void parsePolicies() {
    JacksonPolicyDocumentParser parser = new JacksonPolicyDocumentParser();
    identityPolicies = new ArrayList<>();
    for (int policy = 0; policy < 10; policy++) {
      identityPolicies.add(
          parser.parse(
              identityPolicy(policy, shape.equals("conditionHeavy")), PolicyKind.IDENTITY));
    }
    trustPolicy = parser.parse(TRUST_POLICY, PolicyKind.TRUST);
    IamUserPrincipal alice =
        new IamUserPrincipal(ACCOUNT, "AIDAAAAAAAAAAAAAAAAAA", IamPath.ROOT, "alice");
    ConditionKeys keys =
        ConditionKeys.builder()
            .put("aws:SourceIp", "10.1.2.3")
            .put("aws:CurrentTime", "2026-11-27T12:00:00Z")
            .put("aws:EpochTime", "1795780800")
            .put("aws:SecureTransport", "true")
            .put("aws:PrincipalTag/team", "platform")
            .put("aws:PrincipalTag/cost-center", "1234")
            .put("aws:username", "alice")
            .put("aws:userid", "AIDAAAAAAAAAAAAAAAAAA")
            .put("aws:PrincipalArn", "arn:aws:iam::123456789012:user/alice")
            .put("aws:PrincipalAccount", "123456789012")
            .put("aws:TagKeys", List.of("project", "team"))
            .put("sts:RoleSessionName", "alice-laptop")
            .build();
    objectRequest =
        new RequestContext(
            alice, "s3:GetObject", "arn:aws:s3:::bucket-9/home/alice/report.csv", keys);
    assumeRoleRequest =
        new RequestContext(
            alice, "sts:AssumeRole", "arn:aws:iam::123456789012:role/deployer", keys);
  }

  /** The allowing statement is the last of the last policy: every statement is looked at. */
  @Benchmark
  public Decision identityDecision() {
    return PolicyEvaluator.evaluate(objectRequest, PolicySet.identity(identityPolicies));
  }

  /** Control: only walking the 100 statements, to separate the machine's speed from matching. */
  @Benchmark
  public int walkStatements() {
    int patterns = 0;
    for (PolicyDocument policy : identityPolicies) {
      for (var statement : policy.statements()) {
        patterns += statement.action().patterns().size();
      }
    }
    return patterns;
  }

  @Benchmark
  public Decision assumeRoleDecision() {
    return PolicyEvaluator.evaluate(
        assumeRoleRequest, PolicySet.trust(trustPolicy, ACCOUNT, identityPolicies));
  }

  private static String identityPolicy(int policy, boolean conditionHeavy) {
    StringBuilder json = new StringBuilder("{\"Version\":\"2012-10-17\",\"Statement\":[");
    for (int statement = 0; statement < 10; statement++) {
      if (statement > 0) {
        json.append(',');
      }
      boolean last = policy == 9 && statement == 9;
      // A near miss matches action and resource and fails only on its last condition.
      boolean nearMiss =
          !last && (conditionHeavy ? statement % 3 == 0 : policy % 5 == 2 && statement == 3);
      String actions =
          last
              ? "\"s3:Get*\",\"sts:AssumeRole\""
              : nearMiss
                  ? "\"s3:Get*\""
                  : "\""
                      + SERVICES[statement]
                      + ":"
                      + (statement % 2 == 0 ? "Describe*" : "List*")
                      + "\"";
      String resources =
          last
              ? "\"arn:aws:s3:::bucket-9/home/${aws:username}/*\",\"arn:aws:iam::123456789012:role/deployer\""
              : nearMiss
                  ? "\"arn:aws:s3:::bucket-9/*\""
                  : "\"arn:aws:" + SERVICES[statement] + ":*:123456789012:thing-" + policy + "/*\"";
      String costCenter = nearMiss ? "9999" : "1234";
      json.append(
          """
          {"Sid":"S%d%d","Effect":"Allow","Action":[%s],"Resource":[%s],
           "Condition":{
             "StringEquals":{"aws:PrincipalTag/team":["platform","sre"]},
             "IpAddress":{"aws:SourceIp":["10.0.0.0/8","192.168.0.0/16"]},
             "DateGreaterThan":{"aws:CurrentTime":"2020-01-01T00:00:00Z"},
             "Bool":{"aws:SecureTransport":"true"},
             "ForAllValues:StringLike":{"aws:TagKeys":["project","team","cost-*"]},
             "NumericEquals":{"aws:PrincipalTag/cost-center":"%s"}}}"""
              .formatted(policy, statement, actions, resources, costCenter));
    }
    return json.append("]}").toString();
  }

  private static final String[] SERVICES = {
    "ec2", "s3", "dynamodb", "lambda", "sqs", "sns", "kms", "logs", "iam", "rds"
  };

  private static final String TRUST_POLICY =
      """
      {"Version":"2012-10-17","Statement":[
        {"Effect":"Allow","Principal":{"AWS":"123456789012"},"Action":"sts:AssumeRole",
         "Condition":{"StringLike":{"sts:RoleSessionName":"${aws:username}-*"},
                      "IpAddress":{"aws:SourceIp":"10.0.0.0/8"}}},
        {"Effect":"Deny","Principal":"*","Action":"sts:AssumeRole",
         "Condition":{"StringEquals":{"aws:PrincipalTag/team":"contractors"}}}]}""";
}
