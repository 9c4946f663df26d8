package org.opensts.domain.authorization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.authorization.AuthorizationMessage.ConditionEntry;
import org.opensts.domain.authorization.AuthorizationMessage.Context;
import org.opensts.domain.authorization.AuthorizationMessage.MatchedStatement;
import org.opensts.domain.fixture.TestConditions;
import org.opensts.domain.fixture.TestPolicies;
import org.opensts.domain.identity.AssumedRolePrincipal;
import org.opensts.domain.identity.IamPath;
import org.opensts.domain.identity.RoleSessionName;
import org.opensts.domain.policy.ActionClause;
import org.opensts.domain.policy.ConditionKeys;
import org.opensts.domain.policy.Decision;
import org.opensts.domain.policy.Effect;
import org.opensts.domain.policy.PolicyEvaluator;
import org.opensts.domain.policy.PrincipalClause;
import org.opensts.domain.policy.RequestContext;
import org.opensts.domain.policy.ResourceClause;
import org.opensts.domain.policy.Statement;

/**
 * The decoded authorization message: built from a policy decision, written in AWS's current JSON
 * format, member for member.
 */
class AuthorizationMessageTest {

  private static final String INSTANCES = "arn:aws:ec2:us-east-1:111122223333:instance/*";
  private static final AssumedRolePrincipal ANA =
      new AssumedRolePrincipal(
          AccountId.of("111122223333"),
          "AROA123456789EXAMPLE",
          IamPath.ROOT,
          "Developer",
          RoleSessionName.of("Ana"));
  private static final RequestContext RUN_INSTANCES =
      new RequestContext(
          ANA,
          "ec2:RunInstances",
          INSTANCES,
          ConditionKeys.builder().put("aws:SourceIp", "10.0.0.1").build());

  /** The example of the AWS CLI reference for decode-authorization-message. */
  private static final String AWS_EXAMPLE =
      "{\"allowed\":false,\"explicitDeny\":true,\"matchedStatements\":{\"items\":["
          + "{\"statementId\":\"VisualEditor0\",\"effect\":\"DENY\","
          + "\"principals\":{\"items\":[{\"value\":\"AROA123456789EXAMPLE\"}]},"
          + "\"principalGroups\":{\"items\":[]},"
          + "\"actions\":{\"items\":[{\"value\":\"ec2:RunInstances\"}]},"
          + "\"resources\":{\"items\":[{\"value\":\"*\"}]},"
          + "\"conditions\":{\"items\":[]}}]},"
          + "\"failures\":{\"items\":[]},"
          + "\"context\":{\"principal\":{\"id\":\"AROA123456789EXAMPLE:Ana\","
          + "\"arn\":\"arn:aws:sts::111122223333:assumed-role/Developer/Ana\"},"
          + "\"action\":\"RunInstances\","
          + "\"resource\":\"arn:aws:ec2:us-east-1:111122223333:instance/*\","
          + "\"conditions\":{\"items\":[{\"key\":\"aws:SourceIp\","
          + "\"values\":{\"items\":[{\"value\":\"10.0.0.1\"}]}}]}}}";

  @Test
  void givenAwsExampleMessage_toJson_writesAwsFormatExactly() {
    AuthorizationMessage message =
        new AuthorizationMessage(
            false,
            true,
            List.of(
                new MatchedStatement(
                    "VisualEditor0",
                    "DENY",
                    List.of("AROA123456789EXAMPLE"),
                    List.of("ec2:RunInstances"),
                    List.of("*"),
                    List.of())),
            List.of(),
            new Context(
                "AROA123456789EXAMPLE:Ana",
                "arn:aws:sts::111122223333:assumed-role/Developer/Ana",
                "RunInstances",
                INSTANCES,
                List.of(new ConditionEntry("aws:SourceIp", List.of("10.0.0.1")))));

    assertEquals(AWS_EXAMPLE, message.toJson());
  }

  @Test
  void givenStatementConditionsAndFailures_toJson_writesThemInTheSameItemShapes() {
    AuthorizationMessage message =
        new AuthorizationMessage(
            false,
            false,
            List.of(
                new MatchedStatement(
                    "",
                    "ALLOW",
                    List.of(),
                    List.of("s3:Get*"),
                    List.of("a", "b"),
                    List.of(new ConditionEntry("aws:TagKeys", List.of("x", "y"))))),
            List.of("one failure"),
            new Context("id", "arn", "s3:GetObject", "a", List.of()));

    assertEquals(
        "{\"allowed\":false,\"explicitDeny\":false,\"matchedStatements\":{\"items\":["
            + "{\"statementId\":\"\",\"effect\":\"ALLOW\",\"principals\":{\"items\":[]},"
            + "\"principalGroups\":{\"items\":[]},"
            + "\"actions\":{\"items\":[{\"value\":\"s3:Get*\"}]},"
            + "\"resources\":{\"items\":[{\"value\":\"a\"},{\"value\":\"b\"}]},"
            + "\"conditions\":{\"items\":[{\"key\":\"aws:TagKeys\","
            + "\"values\":{\"items\":[{\"value\":\"x\"},{\"value\":\"y\"}]}}]}}]},"
            + "\"failures\":{\"items\":[{\"value\":\"one failure\"}]},"
            + "\"context\":{\"principal\":{\"id\":\"id\",\"arn\":\"arn\"},"
            + "\"action\":\"s3:GetObject\",\"resource\":\"a\",\"conditions\":{\"items\":[]}}}",
        message.toJson());
  }

  @Test
  void givenQuotesBackslashesAndControlCharacters_toJson_escapesThem() {
    AuthorizationMessage message =
        new AuthorizationMessage(
            false,
            false,
            List.of(),
            List.of("say \"hi\"\\ \n\t\u0000\u001f é €"),
            new Context("id", "arn", "a", "r", List.of()));

    assertTrue(
        message
            .toJson()
            .contains(
                "\"failures\":{\"items\":[{\"value\":"
                    + "\"say \\\"hi\\\"\\\\ \\u000a\\u0009\\u0000\\u001f é €\"}]}"),
        message.toJson());
  }

  @Test
  void givenExplicitDenyWithSid_from_namesTheDenyingStatementAndTheRequest() {
    Statement deny =
        new Statement(
            "VisualEditor0",
            Effect.DENY,
            PrincipalClause.ABSENT,
            ActionClause.action(List.of("ec2:RunInstances")),
            ResourceClause.resource(List.of("*")),
            List.of(TestConditions.condition("IpAddress", "aws:SourceIp", "10.0.0.0/8")));
    Decision decision =
        PolicyEvaluator.evaluate(
            RUN_INSTANCES, List.of(TestPolicies.allow("ec2:*", "*"), TestPolicies.of(deny)));

    AuthorizationMessage message = AuthorizationMessage.from(decision, RUN_INSTANCES);

    assertEquals(
        "{\"allowed\":false,\"explicitDeny\":true,\"matchedStatements\":{\"items\":["
            + "{\"statementId\":\"VisualEditor0\",\"effect\":\"DENY\","
            + "\"principals\":{\"items\":[]},"
            + "\"principalGroups\":{\"items\":[]},"
            + "\"actions\":{\"items\":[{\"value\":\"ec2:RunInstances\"}]},"
            + "\"resources\":{\"items\":[{\"value\":\"*\"}]},"
            + "\"conditions\":{\"items\":[{\"key\":\"aws:SourceIp\","
            + "\"values\":{\"items\":[{\"value\":\"10.0.0.0/8\"}]}}]}}]},"
            + "\"failures\":{\"items\":[]},"
            + "\"context\":{\"principal\":{\"id\":\"AROA123456789EXAMPLE:Ana\","
            + "\"arn\":\"arn:aws:sts::111122223333:assumed-role/Developer/Ana\"},"
            + "\"action\":\"ec2:RunInstances\","
            + "\"resource\":\"arn:aws:ec2:us-east-1:111122223333:instance/*\","
            + "\"conditions\":{\"items\":[{\"key\":\"aws:SourceIp\","
            + "\"values\":{\"items\":[{\"value\":\"10.0.0.1\"}]}}]}}}",
        message.toJson());
  }

  @Test
  void givenImplicitDeny_from_hasNoMatchedStatements() {
    Decision decision =
        PolicyEvaluator.evaluate(
            RUN_INSTANCES, List.of(TestPolicies.allow("ec2:DescribeInstances", "*")));

    AuthorizationMessage message = AuthorizationMessage.from(decision, RUN_INSTANCES);

    assertEquals(Decision.Outcome.IMPLICIT_DENY, decision.outcome());
    assertFalse(message.allowed());
    assertFalse(message.explicitDeny());
    assertEquals(List.of(), message.matchedStatements());
    assertEquals(List.of(), message.failures());
    assertEquals(
        new Context(
            "AROA123456789EXAMPLE:Ana",
            "arn:aws:sts::111122223333:assumed-role/Developer/Ana",
            "ec2:RunInstances",
            INSTANCES,
            List.of(new ConditionEntry("aws:SourceIp", List.of("10.0.0.1")))),
        message.context());
  }

  @Test
  void givenSeveralRequestKeys_from_listsThemAsWrittenInNameOrder() {
    RequestContext request =
        new RequestContext(
            ANA,
            "ec2:RunInstances",
            INSTANCES,
            ConditionKeys.builder()
                .put("ec2:InstanceType", "t3.micro")
                .put("aws:TagKeys", List.of("team", "cost"))
                .put("aws:SourceIp", "10.0.0.1")
                .build());

    AuthorizationMessage message =
        AuthorizationMessage.from(PolicyEvaluator.evaluate(request, List.of()), request);

    assertEquals(
        List.of(
            new ConditionEntry("aws:SourceIp", List.of("10.0.0.1")),
            new ConditionEntry("aws:TagKeys", List.of("team", "cost")),
            new ConditionEntry("ec2:InstanceType", List.of("t3.micro"))),
        message.context().conditions());
  }

  @Test
  void givenMutableLists_constructor_keepsImmutableCopies() {
    List<String> failures = new ArrayList<>(List.of("first"));
    AuthorizationMessage message =
        new AuthorizationMessage(
            false, false, List.of(), failures, new Context("id", "arn", "a", "r", List.of()));

    failures.add("second");

    assertEquals(List.of("first"), message.failures());
    assertThrows(UnsupportedOperationException.class, () -> message.failures().add("third"));
  }

  @Test
  void givenNullComponent_constructor_rejectsIt() {
    assertThrows(
        NullPointerException.class,
        () -> new AuthorizationMessage(false, false, List.of(), List.of(), null));
    assertThrows(NullPointerException.class, () -> new Context(null, "arn", "a", "r", List.of()));
    assertThrows(NullPointerException.class, () -> new ConditionEntry("key", null));
  }
}
