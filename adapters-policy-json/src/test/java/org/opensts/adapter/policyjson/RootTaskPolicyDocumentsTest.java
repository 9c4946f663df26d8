package org.opensts.adapter.policyjson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.identity.AccountRootPrincipal;
import org.opensts.domain.organization.RootTaskPolicy;
import org.opensts.domain.policy.ConditionKeys;
import org.opensts.domain.policy.Decision;
import org.opensts.domain.policy.PolicyDocument;
import org.opensts.domain.policy.PolicyEvaluator;
import org.opensts.domain.policy.PolicyKind;
import org.opensts.domain.policy.RequestContext;

/**
 * AWS's root task policies, as our parser reads them and our evaluator applies them to a root
 * session: the root may do the task's actions on itself, and nothing else.
 */
class RootTaskPolicyDocumentsTest {

  private static final JacksonPolicyDocumentParser PARSER = new JacksonPolicyDocumentParser();
  private static final AccountRootPrincipal ROOT =
      new AccountRootPrincipal(AccountId.of("222222222222"));
  private static final String ROOT_ARN = "arn:aws:iam::222222222222:root";
  private static final String USER_ARN = "arn:aws:iam::222222222222:user/bob";

  @ParameterizedTest
  @EnumSource(RootTaskPolicy.class)
  void givenEachTaskPolicy_parse_readsItsDenyStatements(RootTaskPolicy policy) {
    PolicyDocument document = PARSER.parse(policy.document(), PolicyKind.IDENTITY);

    assertEquals(
        policy == RootTaskPolicy.SQS_UNLOCK_QUEUE_POLICY ? 3 : 2, document.statements().size());
  }

  static Stream<Arguments> requests() {
    return Stream.of(
        arguments(
            "audit: list the root's keys",
            "IAMAuditRootUserCredentials",
            "iam:ListAccessKeys",
            ROOT_ARN,
            true),
        arguments(
            "audit: list a user's keys",
            "IAMAuditRootUserCredentials",
            "iam:ListAccessKeys",
            USER_ARN,
            false),
        arguments(
            "audit: create a user",
            "IAMAuditRootUserCredentials",
            "iam:CreateUser",
            USER_ARN,
            false),
        arguments(
            "audit: delete the root's key",
            "IAMAuditRootUserCredentials",
            "iam:DeleteAccessKey",
            ROOT_ARN,
            false),
        arguments(
            "audit: the account summary, on any resource",
            "IAMAuditRootUserCredentials",
            "iam:GetAccountSummary",
            "*",
            true),
        arguments(
            "audit: assume a role",
            "IAMAuditRootUserCredentials",
            "sts:AssumeRole",
            "arn:aws:iam::222222222222:role/admin",
            false),
        arguments(
            "audit: assume root again",
            "IAMAuditRootUserCredentials",
            "sts:AssumeRoot",
            "arn:aws:iam::333333333333:root",
            false),
        arguments(
            "delete: delete the root's key",
            "IAMDeleteRootUserCredentials",
            "iam:DeleteAccessKey",
            ROOT_ARN,
            true),
        arguments(
            "delete: deactivate a user's MFA",
            "IAMDeleteRootUserCredentials",
            "iam:DeactivateMFADevice",
            USER_ARN,
            false),
        arguments(
            "password: create the root's login profile",
            "IAMCreateRootUserPassword",
            "iam:CreateLoginProfile",
            ROOT_ARN,
            true),
        arguments(
            "password: list the root's keys",
            "IAMCreateRootUserPassword",
            "iam:ListAccessKeys",
            ROOT_ARN,
            false),
        arguments(
            "S3: delete a bucket policy as the root",
            "S3UnlockBucketPolicy",
            "s3:DeleteBucketPolicy",
            "arn:aws:s3:::locked",
            true),
        arguments(
            "S3: read an object",
            "S3UnlockBucketPolicy",
            "s3:GetObject",
            "arn:aws:s3:::locked/key",
            false),
        arguments(
            "SQS: set a queue's attributes as the root",
            "SQSUnlockQueuePolicy",
            "sqs:SetQueueAttributes",
            "arn:aws:sqs:us-east-1:222222222222:locked",
            true),
        arguments(
            "SQS: read another account's queue",
            "SQSUnlockQueuePolicy",
            "sqs:GetQueueAttributes",
            "arn:aws:sqs:us-east-1:333333333333:other",
            false),
        arguments(
            "SQS: send a message",
            "SQSUnlockQueuePolicy",
            "sqs:SendMessage",
            "arn:aws:sqs:us-east-1:222222222222:locked",
            false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("requests")
  void givenRootSessionScopedByTaskPolicy_evaluate_allowsOnlyTheTask(
      String description, String policyName, String action, String resource, boolean allowed) {
    PolicyDocument task =
        PARSER.parse(
            RootTaskPolicy.withArn("arn:aws:iam::aws:policy/root-task/" + policyName)
                .orElseThrow()
                .document(),
            PolicyKind.IDENTITY);
    ConditionKeys keys =
        ConditionKeys.builder()
            .put("aws:PrincipalArn", ROOT_ARN)
            .put("aws:PrincipalAccount", "222222222222")
            .put(
                "aws:ResourceAccount", resource.split(":").length > 4 ? resource.split(":")[4] : "")
            .build();

    Decision decision =
        PolicyEvaluator.evaluate(new RequestContext(ROOT, action, resource, keys), List.of(task));

    assertEquals(allowed, decision.isAllowed(), decision.toString());
  }
}
