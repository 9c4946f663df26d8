package org.opensts.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opensts.server.IamErrors.assertIamError;
import static org.opensts.server.StsErrors.assertStsError;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AttachedPolicy;
import software.amazon.awssdk.services.iam.model.ListAttachedRolePoliciesResponse;
import software.amazon.awssdk.services.iam.model.ListAttachedUserPoliciesResponse;
import software.amazon.awssdk.services.iam.model.ListPoliciesResponse;
import software.amazon.awssdk.services.iam.model.Policy;
import software.amazon.awssdk.services.iam.model.PolicyScopeType;
import software.amazon.awssdk.services.iam.model.PolicyVersion;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.Credentials;

/**
 * Managed policies through the AWS SDK's IamClient: every operation, AWS's errors and paging, and
 * what attachments and permissions boundaries do to authorization. Accounts in {@code
 * iam-managed-policies-bootstrap.json}; the tests share one server, so each uses names of its own.
 */
class IamManagedPoliciesSystemTest {

  private static final String ACCOUNT = "777777777777";
  private static final AwsBasicCredentials ROOT =
      AwsBasicCredentials.create(
          "AKIAMANAGEDROOT00001", "managed-root-secret-00000000000000000000");
  private static final AwsBasicCredentials PAT =
      AwsBasicCredentials.create(
          "AKIAMANAGEDPAT000001", "pat-secret-000000000000000000000000000000");
  private static final AwsBasicCredentials OTHER_ROOT =
      AwsBasicCredentials.create(
          "AKIAELSEWHEREROOT001", "elsewhere-root-secret-0000000000000000000");

  private static final String S3_READ =
      "{\"Version\": \"2012-10-17\", \"Statement\": {\"Effect\": \"Allow\","
          + " \"Action\": \"s3:Get*\", \"Resource\": \"arn:aws:s3:::caf\u00e9 bucket/*\"}}";
  private static final String ASSUME_ANY =
      "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\","
          + "\"Action\":\"sts:AssumeRole\",\"Resource\":\"*\"}}";
  private static final String IAM_ALL =
      "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\","
          + "\"Action\":\"iam:*\",\"Resource\":\"*\"}}";
  private static final String TRUST_ACCOUNT =
      "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\","
          + "\"Principal\":{\"AWS\":\"arn:aws:iam::"
          + ACCOUNT
          + ":root\"},\"Action\":\"sts:AssumeRole\"}}";

  private static TestServer server;
  private static IamClient root;
  private static IamClient pat;

  @BeforeAll
  static void start() {
    server = TestServer.start("iam-managed-policies-bootstrap.json");
    root = IamClients.iam(server, ROOT);
    pat = IamClients.iam(server, PAT);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static String policyArn(String pathAndName) {
    return "arn:aws:iam::" + ACCOUNT + ":policy/" + pathAndName;
  }

  private static Policy createPolicy(String name, String document) {
    return root.createPolicy(r -> r.policyName(name).policyDocument(document)).policy();
  }

  // --- CreatePolicy, GetPolicy, GetPolicyVersion ------------------------------------------------

  @Test
  void givenNameAndPath_createPolicy_returnsThePolicyAsAwsDescribesIt() {
    Policy created =
        root.createPolicy(
                r ->
                    r.policyName("readers")
                        .path("/team/")
                        .policyDocument(S3_READ)
                        .description("Read the bucket")
                        .tags(t -> t.key("team").value("data")))
            .policy();
    Policy described = root.getPolicy(r -> r.policyArn(created.arn())).policy();

    assertEquals(policyArn("team/readers"), created.arn());
    assertTrue(created.policyId().matches("ANPA[A-Z2-7]{17}"), created.policyId());
    assertEquals("/team/", created.path());
    assertEquals("v1", created.defaultVersionId());
    assertEquals(0, created.attachmentCount());
    assertTrue(created.isAttachable());
    assertNotNull(created.createDate());
    assertEquals("team", created.tags().get(0).key());
    assertEquals(created.policyId(), described.policyId());
    assertEquals("Read the bucket", described.description());
  }

  @Test
  void givenPolicy_getPolicyVersion_returnsTheDocumentUrlEncoded_asTheDefaultVersion() {
    Policy policy = createPolicy("versioned", S3_READ);

    PolicyVersion version =
        root.getPolicyVersion(r -> r.policyArn(policy.arn()).versionId("v1")).policyVersion();

    assertEquals("v1", version.versionId());
    assertTrue(version.isDefaultVersion());
    assertEquals(S3_READ, URLDecoder.decode(version.document(), StandardCharsets.UTF_8));
    assertFalse(version.document().contains("+"));
    assertIamError(
        404,
        "NoSuchEntity",
        "Policy " + policy.arn() + " version v2 does not exist or is not attachable.",
        () -> root.getPolicyVersion(r -> r.policyArn(policy.arn()).versionId("v2")));
  }

  @Test
  void givenTakenNameInAnotherCase_createPolicy_failsWithEntityAlreadyExists() {
    createPolicy("dupe", S3_READ);

    assertIamError(
        409,
        "EntityAlreadyExists",
        "A policy called DUPE already exists. Duplicate names are not allowed.",
        () -> root.createPolicy(r -> r.policyName("DUPE").policyDocument(S3_READ)));
  }

  @Test
  void givenBadMembers_createPolicy_failsWithAwsErrors() {
    assertIamError(
        400,
        "MalformedPolicyDocument",
        () -> root.createPolicy(r -> r.policyName("broken").policyDocument("{not json")));
    assertIamError(
        400,
        "MalformedPolicyDocument",
        () -> root.createPolicy(r -> r.policyName("trusting").policyDocument(TRUST_ACCOUNT)));
    assertIamError(
        400,
        "ValidationError",
        () -> root.createPolicy(r -> r.policyName("a/b").policyDocument(S3_READ)));
    assertIamError(
        404, "NoSuchEntity", () -> root.getPolicy(r -> r.policyArn(policyArn("broken"))));
  }

  @Test
  void givenUnknownOrMalformedArn_getPolicy_failsWithNoSuchEntityOrInvalidInput() {
    String missing = policyArn("missing");

    assertIamError(
        404,
        "NoSuchEntity",
        "Policy " + missing + " was not found.",
        () -> root.getPolicy(r -> r.policyArn(missing)));
    assertIamError(
        400,
        "InvalidInput",
        "ARN arn:aws:iam::777777777777:role/x is not valid.",
        () -> root.getPolicy(r -> r.policyArn("arn:aws:iam::777777777777:role/x")));
  }

  @Test
  void givenPolicyOfAnotherAccount_getPolicy_failsWithNoSuchEntity() {
    Policy policy = createPolicy("private", S3_READ);
    IamClient other = IamClients.iam(server, OTHER_ROOT);

    assertIamError(404, "NoSuchEntity", () -> other.getPolicy(r -> r.policyArn(policy.arn())));
  }

  // --- ListPolicies -----------------------------------------------------------------------------

  @Test
  void givenPolicies_listPolicies_pagesByMarker_andFiltersByScopePathAndAttachment() {
    for (String name : List.of("lp-a", "lp-b", "lp-c")) {
      root.createPolicy(r -> r.policyName(name).path("/listing/").policyDocument(S3_READ));
    }
    root.createRole(r -> r.roleName("lp-holder").assumeRolePolicyDocument(TRUST_ACCOUNT));
    root.attachRolePolicy(r -> r.roleName("lp-holder").policyArn(policyArn("listing/lp-b")));

    List<String> paged = new ArrayList<>();
    ListPoliciesResponse page = root.listPolicies(r -> r.pathPrefix("/listing/").maxItems(2));
    paged.addAll(names(page.policies()));
    assertTrue(page.isTruncated());
    String marker = page.marker();
    page =
        root.listPolicies(
            r -> r.pathPrefix("/listing/").scope(PolicyScopeType.LOCAL).marker(marker));
    paged.addAll(names(page.policies()));
    ListPoliciesResponse attached =
        root.listPolicies(r -> r.pathPrefix("/listing/").onlyAttached(true));
    ListPoliciesResponse aws = root.listPolicies(r -> r.scope(PolicyScopeType.AWS));

    assertEquals(List.of("lp-a", "lp-b", "lp-c"), paged);
    assertFalse(page.isTruncated());
    assertEquals(List.of("lp-b"), names(attached.policies()));
    assertEquals(1, attached.policies().get(0).attachmentCount());
    assertTrue(aws.policies().isEmpty());
    assertIamError(400, "ValidationError", () -> root.listPolicies(r -> r.scope("Mine")));
  }

  // --- Attach, detach, list attached ------------------------------------------------------------

  @Test
  void givenUserAndRole_attachAndDetach_areListed_andCounted() {
    root.createUser(r -> r.userName("att-user"));
    root.createRole(r -> r.roleName("att-role").assumeRolePolicyDocument(TRUST_ACCOUNT));
    Policy policy =
        root.createPolicy(r -> r.policyName("att-p").path("/att/").policyDocument(S3_READ))
            .policy();

    root.attachUserPolicy(r -> r.userName("att-user").policyArn(policy.arn()));
    root.attachRolePolicy(r -> r.roleName("att-role").policyArn(policy.arn()));
    ListAttachedUserPoliciesResponse userPolicies =
        root.listAttachedUserPolicies(r -> r.userName("att-user"));
    ListAttachedRolePoliciesResponse rolePolicies =
        root.listAttachedRolePolicies(r -> r.roleName("att-role").pathPrefix("/att/"));
    ListAttachedRolePoliciesResponse otherPath =
        root.listAttachedRolePolicies(r -> r.roleName("att-role").pathPrefix("/elsewhere/"));
    int count = root.getPolicy(r -> r.policyArn(policy.arn())).policy().attachmentCount();
    root.detachUserPolicy(r -> r.userName("att-user").policyArn(policy.arn()));
    root.detachRolePolicy(r -> r.roleName("att-role").policyArn(policy.arn()));

    assertEquals(List.of(policy.arn()), arns(userPolicies.attachedPolicies()));
    assertEquals("att-p", userPolicies.attachedPolicies().get(0).policyName());
    assertFalse(userPolicies.isTruncated());
    assertEquals(List.of(policy.arn()), arns(rolePolicies.attachedPolicies()));
    assertTrue(otherPath.attachedPolicies().isEmpty());
    assertEquals(2, count);
    assertTrue(
        root.listAttachedUserPolicies(r -> r.userName("att-user")).attachedPolicies().isEmpty());
    assertEquals(0, root.getPolicy(r -> r.policyArn(policy.arn())).policy().attachmentCount());
  }

  @Test
  void givenManyAttachedPolicies_listAttachedUserPolicies_pagesByMarker() {
    root.createUser(r -> r.userName("pager"));
    for (int i = 0; i < 3; i++) {
      String arn = createPolicy("page-" + i, S3_READ).arn();
      root.attachUserPolicy(r -> r.userName("pager").policyArn(arn));
    }

    ListAttachedUserPoliciesResponse first =
        root.listAttachedUserPolicies(r -> r.userName("pager").maxItems(2));
    ListAttachedUserPoliciesResponse second =
        root.listAttachedUserPolicies(r -> r.userName("pager").marker(first.marker()));

    assertTrue(first.isTruncated());
    assertEquals(
        List.of("page-0", "page-1"),
        first.attachedPolicies().stream().map(AttachedPolicy::policyName).toList());
    assertEquals(
        List.of("page-2"),
        second.attachedPolicies().stream().map(AttachedPolicy::policyName).toList());
    assertFalse(second.isTruncated());
  }

  @Test
  void givenUnknownPolicy_attach_failsWithNoSuchEntity_andDetachOfUnattachedToo() {
    root.createUser(r -> r.userName("att-missing"));
    root.createRole(r -> r.roleName("att-missing").assumeRolePolicyDocument(TRUST_ACCOUNT));
    String missing = policyArn("missing-p");
    String existing = createPolicy("never-attached", S3_READ).arn();

    assertIamError(
        404,
        "NoSuchEntity",
        "Policy " + missing + " does not exist or is not attachable.",
        () -> root.attachUserPolicy(r -> r.userName("att-missing").policyArn(missing)));
    assertIamError(
        404,
        "NoSuchEntity",
        "Policy " + missing + " does not exist or is not attachable.",
        () -> root.attachRolePolicy(r -> r.roleName("att-missing").policyArn(missing)));
    assertIamError(
        404,
        "NoSuchEntity",
        "Policy " + existing + " was not attached.",
        () -> root.detachUserPolicy(r -> r.userName("att-missing").policyArn(existing)));
    assertIamError(
        404,
        "NoSuchEntity",
        "Policy " + existing + " was not attached.",
        () -> root.detachRolePolicy(r -> r.roleName("att-missing").policyArn(existing)));
    assertIamError(
        404,
        "NoSuchEntity",
        "The user with name nobody cannot be found.",
        () -> root.attachUserPolicy(r -> r.userName("nobody").policyArn(existing)));
  }

  @Test
  void givenTenAttachedPolicies_attach_failsWithLimitExceeded() {
    root.createUser(r -> r.userName("quota-user"));
    root.createRole(r -> r.roleName("quota-role").assumeRolePolicyDocument(TRUST_ACCOUNT));
    for (int i = 0; i < 10; i++) {
      String arn = createPolicy("quota-" + i, S3_READ).arn();
      root.attachUserPolicy(r -> r.userName("quota-user").policyArn(arn));
      root.attachRolePolicy(r -> r.roleName("quota-role").policyArn(arn));
    }
    String eleventh = createPolicy("quota-10", S3_READ).arn();

    assertIamError(
        409,
        "LimitExceeded",
        "Cannot exceed quota for PoliciesPerUser: 10",
        () -> root.attachUserPolicy(r -> r.userName("quota-user").policyArn(eleventh)));
    assertIamError(
        409,
        "LimitExceeded",
        "Cannot exceed quota for PoliciesPerRole: 10",
        () -> root.attachRolePolicy(r -> r.roleName("quota-role").policyArn(eleventh)));
  }

  // --- Deletion ---------------------------------------------------------------------------------

  @Test
  void givenAttachedPolicy_deletePolicyAndDeleteEntities_failWithDeleteConflict_untilDetached() {
    root.createUser(r -> r.userName("del-user"));
    root.createRole(r -> r.roleName("del-role").assumeRolePolicyDocument(TRUST_ACCOUNT));
    String arn = createPolicy("del-p", S3_READ).arn();
    root.attachUserPolicy(r -> r.userName("del-user").policyArn(arn));
    root.attachRolePolicy(r -> r.roleName("del-role").policyArn(arn));

    assertIamError(
        409,
        "DeleteConflict",
        "Cannot delete a policy attached to entities.",
        () -> root.deletePolicy(r -> r.policyArn(arn)));
    assertIamError(
        409,
        "DeleteConflict",
        "Cannot delete entity, must detach all policies first.",
        () -> root.deleteUser(r -> r.userName("del-user")));
    assertIamError(
        409,
        "DeleteConflict",
        "Cannot delete entity, must detach all policies first.",
        () -> root.deleteRole(r -> r.roleName("del-role")));

    root.detachUserPolicy(r -> r.userName("del-user").policyArn(arn));
    root.detachRolePolicy(r -> r.roleName("del-role").policyArn(arn));
    root.deleteUser(r -> r.userName("del-user"));
    root.deleteRole(r -> r.roleName("del-role"));
    root.deletePolicy(r -> r.policyArn(arn));

    assertIamError(
        404,
        "NoSuchEntity",
        "Policy " + arn + " was not found.",
        () -> root.deletePolicy(r -> r.policyArn(arn)));
  }

  // --- Authorization ----------------------------------------------------------------------------

  @Test
  void givenOnlyAnAttachedPolicy_userMayAssumeRole_andAfterDetachingMayNot() {
    root.createRole(r -> r.roleName("assumable").assumeRolePolicyDocument(TRUST_ACCOUNT));
    String roleArn = "arn:aws:iam::" + ACCOUNT + ":role/assumable";
    String arn = createPolicy("may-assume", ASSUME_ANY).arn();
    StsClient sts = server.sts(PAT);

    assertStsError(
        403,
        "AccessDenied",
        () -> sts.assumeRole(r -> r.roleArn(roleArn).roleSessionName("before")));
    root.attachUserPolicy(r -> r.userName("pat").policyArn(arn));
    Credentials credentials =
        sts.assumeRole(r -> r.roleArn(roleArn).roleSessionName("attached")).credentials();
    root.detachUserPolicy(r -> r.userName("pat").policyArn(arn));

    assertNotNull(credentials.accessKeyId());
    assertStsError(
        403,
        "AccessDenied",
        () -> sts.assumeRole(r -> r.roleArn(roleArn).roleSessionName("after")));
  }

  @Test
  void givenAttachedIamPolicy_userMayCallIam_andWithoutItIsDenied() {
    String arn = createPolicy("pat-iam", IAM_ALL).arn();

    assertIamError(403, "AccessDenied", () -> pat.listPolicies());
    root.attachUserPolicy(r -> r.userName("pat").policyArn(arn));
    ListPoliciesResponse listed = pat.listPolicies();
    root.detachUserPolicy(r -> r.userName("pat").policyArn(arn));

    assertFalse(listed.policies().isEmpty());
    assertIamError(403, "AccessDenied", () -> pat.listPolicies());
  }

  @Test
  void givenRoleWhoseBoundaryAllowsNothing_itsSessionCannotActOnIam_despiteInlineAllow() {
    root.createRole(r -> r.roleName("bounded-admin").assumeRolePolicyDocument(TRUST_ACCOUNT));
    root.putRolePolicy(
        r -> r.roleName("bounded-admin").policyName("all-iam").policyDocument(IAM_ALL));
    String boundary = createPolicy("s3-only-boundary", S3_READ).arn();
    String assume = createPolicy("pat-assume-bounded", ASSUME_ANY).arn();
    root.attachUserPolicy(r -> r.userName("pat").policyArn(assume));
    StsClient sts = server.sts(PAT);
    String roleArn = "arn:aws:iam::" + ACCOUNT + ":role/bounded-admin";

    IamClient unbounded = session(sts, roleArn, "unbounded");
    unbounded.listUsers();
    root.putRolePermissionsBoundary(r -> r.roleName("bounded-admin").permissionsBoundary(boundary));
    IamClient bounded = session(sts, roleArn, "bounded");
    root.detachUserPolicy(r -> r.userName("pat").policyArn(assume));

    assertIamError(403, "AccessDenied", () -> bounded.listUsers());
    assertIamError(403, "AccessDenied", () -> unbounded.listUsers());
  }

  @Test
  void givenBoundaryNamingNoPolicy_putRolePermissionsBoundary_failsWithNoSuchEntity() {
    root.createRole(r -> r.roleName("no-boundary").assumeRolePolicyDocument(TRUST_ACCOUNT));
    String missing = policyArn("no-such-boundary");

    assertIamError(
        404,
        "NoSuchEntity",
        "Scope ARN: " + missing + " does not exist or is not attachable.",
        () ->
            root.putRolePermissionsBoundary(
                r -> r.roleName("no-boundary").permissionsBoundary(missing)));
    assertNull(root.getRole(r -> r.roleName("no-boundary")).role().permissionsBoundary());
  }

  @Test
  void givenUserWithoutPolicy_managedPolicyOperations_areDenied() {
    String arn = createPolicy("guarded", S3_READ).arn();

    assertIamError(
        403,
        "AccessDenied",
        () -> pat.createPolicy(r -> r.policyName("by-pat").policyDocument(S3_READ)));
    assertIamError(403, "AccessDenied", () -> pat.getPolicy(r -> r.policyArn(arn)));
    assertIamError(403, "AccessDenied", () -> pat.deletePolicy(r -> r.policyArn(arn)));
    assertIamError(
        403, "AccessDenied", () -> pat.attachUserPolicy(r -> r.userName("pat").policyArn(arn)));
    assertIamError(
        403, "AccessDenied", () -> pat.attachUserPolicy(r -> r.userName("nobody").policyArn(arn)));
  }

  private static IamClient session(StsClient sts, String roleArn, String sessionName) {
    Credentials credentials =
        sts.assumeRole(r -> r.roleArn(roleArn).roleSessionName(sessionName)).credentials();
    return IamClients.iam(
        server,
        AwsSessionCredentials.create(
            credentials.accessKeyId(), credentials.secretAccessKey(), credentials.sessionToken()));
  }

  private static List<String> names(List<Policy> policies) {
    return policies.stream().map(Policy::policyName).toList();
  }

  private static List<String> arns(List<AttachedPolicy> policies) {
    return policies.stream().map(AttachedPolicy::policyArn).toList();
  }
}
