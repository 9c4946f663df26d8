package org.opensts.domain.organization;

import java.util.Optional;

/**
 * The AWS managed policies (path {@code /root-task/}) that scope a root session from AssumeRoot to
 * one privileged task. Each only denies: the root may do anything, and the policy takes away all
 * but the task's actions, on the root user itself. The documents are AWS's version v1 (2024-11-06).
 */
public enum RootTaskPolicy {
  IAM_AUDIT_ROOT_USER_CREDENTIALS(
      "IAMAuditRootUserCredentials",
      """
      {"Version":"2012-10-17","Statement":[
       {"Sid":"DenyAllOtherActionsOnAnyResource","Effect":"Deny","Resource":"*",
        "NotAction":["iam:ListAccessKeys","iam:ListSigningCertificates","iam:GetLoginProfile",\
      "iam:ListMFADevices","iam:GetAccountSummary","iam:GetUser","iam:GetAccessKeyLastUsed"]},
       {"Sid":"DenyAuditingCredentialsOnNonRootUserResource","Effect":"Deny",\
      "NotResource":"arn:aws:iam::*:root",
        "Action":["iam:ListAccessKeys","iam:ListSigningCertificates","iam:GetLoginProfile",\
      "iam:ListMFADevices","iam:GetUser","iam:GetAccessKeyLastUsed"]}]}
      """),
  IAM_CREATE_ROOT_USER_PASSWORD(
      "IAMCreateRootUserPassword",
      """
      {"Version":"2012-10-17","Statement":[
       {"Sid":"DenyAllOtherActionsOnAnyResource","Effect":"Deny","Resource":"*",\
      "NotAction":["iam:CreateLoginProfile","iam:GetLoginProfile"]},
       {"Sid":"DenyCreatingPasswordOnNonRootUserResource","Effect":"Deny",\
      "NotResource":"arn:aws:iam::*:root","Action":["iam:CreateLoginProfile","iam:GetLoginProfile"]}]}
      """),
  IAM_DELETE_ROOT_USER_CREDENTIALS(
      "IAMDeleteRootUserCredentials",
      """
      {"Version":"2012-10-17","Statement":[
       {"Sid":"DenyAllOtherActionsOnAnyResource","Effect":"Deny","Resource":"*",
        "NotAction":["iam:DeleteAccessKey","iam:DeleteSigningCertificate","iam:DeleteLoginProfile",\
      "iam:DeactivateMFADevice","iam:DeleteVirtualMFADevice","iam:ListAccessKeys",\
      "iam:ListSigningCertificates","iam:GetLoginProfile","iam:ListMFADevices","iam:GetUser",\
      "iam:GetAccessKeyLastUsed"]},
       {"Sid":"DenyDeletingRootUserCredentialsOnNonRootUserResource","Effect":"Deny",\
      "NotResource":"arn:aws:iam::*:root",
        "Action":["iam:DeleteAccessKey","iam:DeleteSigningCertificate","iam:DeleteLoginProfile",\
      "iam:DeactivateMFADevice","iam:DeleteVirtualMFADevice","iam:ListAccessKeys",\
      "iam:ListSigningCertificates","iam:GetLoginProfile","iam:ListMFADevices","iam:GetUser",\
      "iam:GetAccessKeyLastUsed"]}]}
      """),
  S3_UNLOCK_BUCKET_POLICY(
      "S3UnlockBucketPolicy",
      """
      {"Version":"2012-10-17","Statement":[
       {"Sid":"DenyAllOtherActionsOnAnyResource","Effect":"Deny","Resource":"*",\
      "NotAction":["s3:DeleteBucketPolicy","s3:PutBucketPolicy","s3:GetBucketPolicy",\
      "s3:ListAllMyBuckets"]},
       {"Sid":"DenyManagingBucketPolicyForNonRootCallers","Effect":"Deny","Resource":"*",\
      "Action":["s3:DeleteBucketPolicy","s3:PutBucketPolicy","s3:GetBucketPolicy",\
      "s3:ListAllMyBuckets"],
        "Condition":{"StringNotLike":{"aws:PrincipalArn":"arn:aws:iam::*:root"}}}]}
      """),
  SQS_UNLOCK_QUEUE_POLICY(
      "SQSUnlockQueuePolicy",
      """
      {"Version":"2012-10-17","Statement":[
       {"Sid":"DenyAllOtherActionsOnAnyResource","Effect":"Deny","Resource":"*",\
      "NotAction":["sqs:SetQueueAttributes","sqs:GetQueueAttributes","sqs:ListQueues",\
      "sqs:GetQueueUrl"]},
       {"Sid":"DenyGettingQueueAttributesOnNonOwnQueue","Effect":"Deny",\
      "Resource":"arn:aws:sqs:*:*:*","Action":["sqs:GetQueueAttributes"],
        "Condition":{"StringNotEqualsIfExists":{"aws:ResourceAccount":["${aws:PrincipalAccount}"]}}},
       {"Sid":"DenyActionsForNonRootUser","Effect":"Deny","Resource":"*",\
      "Action":["sqs:SetQueueAttributes","sqs:GetQueueAttributes","sqs:ListQueues",\
      "sqs:GetQueueUrl"],
        "Condition":{"StringNotLike":{"aws:PrincipalArn":"arn:aws:iam::*:root"}}}]}
      """);

  private static final String ARN_PREFIX = "arn:aws:iam::aws:policy/root-task/";

  private final String name;
  private final String document;

  RootTaskPolicy(String name, String document) {
    this.name = name;
    this.document = document;
  }

  /** Such as {@code arn:aws:iam::aws:policy/root-task/IAMAuditRootUserCredentials}. */
  public String arn() {
    return ARN_PREFIX + name;
  }

  /** The policy document's JSON text. */
  public String document() {
    return document;
  }

  /** The task policy with this ARN; AWS accepts none but these five. */
  public static Optional<RootTaskPolicy> withArn(String arn) {
    for (RootTaskPolicy policy : values()) {
      if (policy.arn().equals(arn)) {
        return Optional.of(policy);
      }
    }
    return Optional.empty();
  }
}
