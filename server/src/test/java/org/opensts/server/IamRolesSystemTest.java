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
import software.amazon.awssdk.services.iam.model.GetRoleResponse;
import software.amazon.awssdk.services.iam.model.ListRolePoliciesResponse;
import software.amazon.awssdk.services.iam.model.ListRolesResponse;
import software.amazon.awssdk.services.iam.model.ListUserPoliciesResponse;
import software.amazon.awssdk.services.iam.model.Role;
import software.amazon.awssdk.services.iam.model.Tag;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.AssumeRoleResponse;

/**
 * IAM roles and inline policies through the AWS SDK's IamClient: every operation, its errors and
 * pagination, and STS flows on roles and policies created through IAM.
 */
class IamRolesSystemTest {

  private static final String ACCOUNT = "555555555555";
  private static final AwsBasicCredentials ROOT =
      AwsBasicCredentials.create(
          "AKIAROLESROOT0000001", "roles-root-secret-0000000000000000000000");

  /** A user without policies, named in trust policies by the STS flows. */
  private static final AwsBasicCredentials CAROL =
      AwsBasicCredentials.create(
          "AKIAROLESCAROL000001", "carol-secret-00000000000000000000000000000");

  /** A user whose only policy allows iam:GetRole and iam:ListRoles. */
  private static final AwsBasicCredentials READER =
      AwsBasicCredentials.create(
          "AKIAROLESREADER00001", "reader-secret-0000000000000000000000000000");

  private static final AwsBasicCredentials OTHER_ROOT =
      AwsBasicCredentials.create(
          "AKIAOTHERROOT0000001", "other-root-secret-0000000000000000000000");

  private static final String CAROL_ARN = "arn:aws:iam::" + ACCOUNT + ":user/carol";
  private static final String TRUST_EC2 =
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
          + "\"Principal\":{\"Service\":\"ec2.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}";

  /** Spaces, a plus sign, an asterisk, a tilde and a Latin-1 letter: all must survive encoding. */
  private static final String S3_POLICY =
      "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": {\n    \"Sid\": \"Read+List\",\n"
          + "    \"Effect\": \"Allow\",\n    \"Action\": \"s3:Get*\",\n"
          + "    \"Resource\": \"arn:aws:s3:::caf\u00e9~bucket/a b\"\n  }\n}";

  private static TestServer server;
  private static IamClient root;

  @BeforeAll
  static void startServer() {
    server = TestServer.start("iam-roles-bootstrap.json");
    root = IamClients.iam(server, ROOT);
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  // --- CreateRole, GetRole ----------------------------------------------------------------------

  @Test
  void givenEveryMember_createRole_returnsTheRoleAsAwsDoes_andGetRoleDescribesAllOfIt() {
    Role created =
        root.createRole(
                r ->
                    r.roleName("full")
                        .path("/app/")
                        .assumeRolePolicyDocument(TRUST_EC2)
                        .description("A role with everything")
                        .maxSessionDuration(7200)
                        .permissionsBoundary("arn:aws:iam::aws:policy/PowerUserAccess")
                        .tags(tag("team", "platform")))
            .role();

    assertEquals("/app/", created.path());
    assertEquals("full", created.roleName());
    assertTrue(created.roleId().matches("AROA[A-Z2-7]{17}"), created.roleId());
    assertEquals("arn:aws:iam::" + ACCOUNT + ":role/app/full", created.arn());
    assertNotNull(created.createDate());
    assertEquals(TRUST_EC2, decode(created.assumeRolePolicyDocument()));
    assertEquals(
        "arn:aws:iam::aws:policy/PowerUserAccess",
        created.permissionsBoundary().permissionsBoundaryArn());
    assertEquals("Policy", created.permissionsBoundary().permissionsBoundaryTypeAsString());
    assertEquals(List.of(tag("team", "platform")), created.tags());
    // As recorded against AWS: CreateRole's answer leaves these out.
    assertNull(created.description());
    assertNull(created.maxSessionDuration());
    assertNull(created.roleLastUsed());

    Role described = root.getRole(r -> r.roleName("FULL")).role();

    assertEquals(created.arn(), described.arn());
    assertEquals(created.roleId(), described.roleId());
    assertEquals("A role with everything", described.description());
    assertEquals(7200, described.maxSessionDuration());
    assertEquals(TRUST_EC2, decode(described.assumeRolePolicyDocument()));
    assertEquals(created.permissionsBoundary(), described.permissionsBoundary());
    assertEquals(List.of(tag("team", "platform")), described.tags());
    assertNotNull(described.roleLastUsed());
  }

  @Test
  void givenOnlyRequiredMembers_createRole_appliesAwsDefaults() {
    root.createRole(r -> r.roleName("plain").assumeRolePolicyDocument(TRUST_EC2));

    Role role = root.getRole(r -> r.roleName("plain")).role();

    assertEquals("/", role.path());
    assertEquals(3600, role.maxSessionDuration());
    assertNull(role.description());
    assertNull(role.permissionsBoundary());
    assertFalse(role.hasTags());
  }

  @Test
  void givenNameTakenInAnyCase_createRole_failsWithEntityAlreadyExists() {
    root.createRole(r -> r.roleName("taken").assumeRolePolicyDocument(TRUST_EC2));

    assertIamError(
        409,
        "EntityAlreadyExists",
        "Role with name Taken already exists.",
        () -> root.createRole(r -> r.roleName("Taken").assumeRolePolicyDocument(TRUST_EC2)));
  }

  @Test
  void givenInvalidJsonTrustPolicy_createRole_failsWithMalformedPolicyDocument() {
    assertIamError(
        400,
        "MalformedPolicyDocument",
        "This policy contains invalid Json",
        () -> root.createRole(r -> r.roleName("bad-json").assumeRolePolicyDocument("{not json")));
    assertIamError(404, "NoSuchEntity", () -> root.getRole(r -> r.roleName("bad-json")));
  }

  @Test
  void givenTrustPolicyWithoutPrincipal_createRole_failsWithMalformedPolicyDocument() {
    String noPrincipal =
        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Action\":\"sts:AssumeRole\"}]}";

    assertIamError(
        400,
        "MalformedPolicyDocument",
        () ->
            root.createRole(r -> r.roleName("no-principal").assumeRolePolicyDocument(noPrincipal)));
  }

  @Test
  void givenTrustPolicyOverItsQuota_createRole_failsWithLimitExceeded() {
    StringBuilder principals = new StringBuilder();
    for (int i = 0; i < 60; i++) {
      principals.append(i == 0 ? "" : ",").append("\"arn:aws:iam::").append(ACCOUNT);
      principals.append(":user/user-number-").append(i).append('"');
    }
    String large =
        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":["
            + principals
            + "]},\"Action\":\"sts:AssumeRole\"}]}";

    assertIamError(
        409,
        "LimitExceeded",
        "Cannot exceed quota for ACLSizePerRole: 2048",
        () -> root.createRole(r -> r.roleName("large-trust").assumeRolePolicyDocument(large)));
  }

  @Test
  void givenMaxSessionDurationOutOfRange_createRole_failsWithValidationError() {
    assertIamError(
        400,
        "ValidationError",
        "1 validation error detected: Value '43201' at 'maxSessionDuration' failed to satisfy"
            + " constraint: Member must have value less than or equal to 43200",
        () ->
            root.createRole(
                r ->
                    r.roleName("too-long")
                        .assumeRolePolicyDocument(TRUST_EC2)
                        .maxSessionDuration(43201)));
  }

  @Test
  void givenBadRoleName_createRole_failsWithValidationError() {
    assertIamError(
        400,
        "ValidationError",
        "1 validation error detected: Value 'bad name' at 'roleName' failed to satisfy constraint:"
            + " Member must satisfy regular expression pattern: [\\w+=,.@-]+",
        () -> root.createRole(r -> r.roleName("bad name").assumeRolePolicyDocument(TRUST_EC2)));
  }

  @Test
  void givenBoundaryThatIsNotAPolicyArn_createRole_failsWithInvalidInput() {
    String notAPolicy = "arn:aws:iam::" + ACCOUNT + ":not_a_policy/invalid";

    assertIamError(
        400,
        "InvalidInput",
        "ARN " + notAPolicy + " is not valid.",
        () ->
            root.createRole(
                r ->
                    r.roleName("bad-boundary")
                        .assumeRolePolicyDocument(TRUST_EC2)
                        .permissionsBoundary(notAPolicy)));
  }

  @Test
  void givenDuplicateTagKeysInAnyCase_createRole_failsWithInvalidInput() {
    assertIamError(
        400,
        "InvalidInput",
        "Duplicate tag keys found. Please note that Tag keys are case insensitive.",
        () ->
            root.createRole(
                r ->
                    r.roleName("dup-tags")
                        .assumeRolePolicyDocument(TRUST_EC2)
                        .tags(tag("Team", "a"), tag("team", "b"))));
  }

  @Test
  void givenNoSuchRole_getRole_failsWithNoSuchEntity() {
    assertIamError(
        404,
        "NoSuchEntity",
        "The role with name nobody cannot be found.",
        () -> root.getRole(r -> r.roleName("nobody")));
  }

  // --- ListRoles --------------------------------------------------------------------------------

  @Test
  void givenFiveRolesUnderAPath_listRoles_pagesThroughThemInNameOrder() {
    for (String name : List.of("page-e", "page-c", "page-a", "page-d", "page-b")) {
      root.createRole(
          r ->
              r.roleName(name)
                  .path("/paged/")
                  .assumeRolePolicyDocument(TRUST_EC2)
                  .tags(tag("k", "v")));
    }
    List<String> names = new ArrayList<>();
    String marker = null;
    int pages = 0;
    do {
      String from = marker;
      ListRolesResponse page =
          root.listRoles(r -> r.pathPrefix("/paged/").maxItems(2).marker(from));
      page.roles().forEach(role -> names.add(role.roleName()));
      // AWS's ListRoles leaves tags, boundary and last use out of its members.
      page.roles().forEach(role -> assertFalse(role.hasTags()));
      page.roles().forEach(role -> assertEquals(3600, role.maxSessionDuration()));
      assertEquals(page.isTruncated(), page.marker() != null);
      marker = page.marker();
      pages++;
    } while (marker != null);

    assertEquals(List.of("page-a", "page-b", "page-c", "page-d", "page-e"), names);
    assertEquals(3, pages);
  }

  @Test
  void givenPathPrefixMatchingNothing_listRoles_returnsAnEmptyPage() {
    ListRolesResponse page = root.listRoles(r -> r.pathPrefix("/nothing-here/"));

    assertTrue(page.roles().isEmpty());
    assertFalse(page.isTruncated());
  }

  @Test
  void givenRolesInAnotherAccount_listRoles_showsOnlyTheCallersOwn() {
    root.createRole(r -> r.roleName("mine").path("/own/").assumeRolePolicyDocument(TRUST_EC2));
    IamClient other = IamClients.iam(server, OTHER_ROOT);

    assertTrue(other.listRoles(r -> r.pathPrefix("/own/")).roles().isEmpty());
    assertIamError(404, "NoSuchEntity", () -> other.getRole(r -> r.roleName("mine")));
  }

  @Test
  void givenMaxItemsOutOfRange_listRoles_failsWithValidationError() {
    assertIamError(
        400,
        "ValidationError",
        "1 validation error detected: Value '1001' at 'maxItems' failed to satisfy constraint:"
            + " Member must have value less than or equal to 1000",
        () -> root.listRoles(r -> r.maxItems(1001)));
  }

  // --- UpdateRole, UpdateAssumeRolePolicy ------------------------------------------------------

  @Test
  void givenDescriptionAndDuration_updateRole_changesThem_andAnEmptyUpdateChangesNothing() {
    root.createRole(
        r -> r.roleName("updated").assumeRolePolicyDocument(TRUST_EC2).description("first"));

    root.updateRole(r -> r.roleName("updated").description("second").maxSessionDuration(14400));
    Role afterUpdate = root.getRole(r -> r.roleName("updated")).role();
    root.updateRole(r -> r.roleName("updated"));
    Role afterEmptyUpdate = root.getRole(r -> r.roleName("updated")).role();

    assertEquals("second", afterUpdate.description());
    assertEquals(14400, afterUpdate.maxSessionDuration());
    assertEquals(afterUpdate, afterEmptyUpdate);
  }

  @Test
  void givenNoSuchRole_updateRole_failsWithNoSuchEntity() {
    assertIamError(
        404,
        "NoSuchEntity",
        "The role with name nobody cannot be found.",
        () -> root.updateRole(r -> r.roleName("nobody").description("x")));
  }

  @Test
  void givenDurationBelowOneHour_updateRole_failsWithValidationError() {
    root.createRole(r -> r.roleName("short").assumeRolePolicyDocument(TRUST_EC2));

    assertIamError(
        400,
        "ValidationError",
        "1 validation error detected: Value '900' at 'maxSessionDuration' failed to satisfy"
            + " constraint: Member must have value greater than or equal to 3600",
        () -> root.updateRole(r -> r.roleName("short").maxSessionDuration(900)));
  }

  @Test
  void givenNewTrustPolicy_updateAssumeRolePolicy_replacesIt() {
    root.createRole(r -> r.roleName("retrusted").assumeRolePolicyDocument(TRUST_EC2));
    String trustCarol = trust("Allow", CAROL_ARN);

    root.updateAssumeRolePolicy(r -> r.roleName("retrusted").policyDocument(trustCarol));

    assertEquals(
        trustCarol,
        decode(root.getRole(r -> r.roleName("retrusted")).role().assumeRolePolicyDocument()));
  }

  @Test
  void givenMalformedOrMissing_updateAssumeRolePolicy_failsAndKeepsTheOldPolicy() {
    root.createRole(r -> r.roleName("kept-trust").assumeRolePolicyDocument(TRUST_EC2));
    String withoutPrincipal = allow("sts:AssumeRole", "*");

    assertIamError(
        400,
        "MalformedPolicyDocument",
        "This policy contains invalid Json",
        () ->
            root.updateAssumeRolePolicy(
                r -> r.roleName("kept-trust").policyDocument("not valid json")));
    assertIamError(
        400,
        "MalformedPolicyDocument",
        () ->
            root.updateAssumeRolePolicy(
                r -> r.roleName("kept-trust").policyDocument(withoutPrincipal)));
    assertIamError(
        404,
        "NoSuchEntity",
        () -> root.updateAssumeRolePolicy(r -> r.roleName("nobody").policyDocument(TRUST_EC2)));
    assertEquals(
        TRUST_EC2,
        decode(root.getRole(r -> r.roleName("kept-trust")).role().assumeRolePolicyDocument()));
  }

  // --- TagRole, UntagRole -----------------------------------------------------------------------

  @Test
  void givenTags_tagRole_addsAndReplacesInAnyCase_andUntagRoleRemovesByKey() {
    root.createRole(
        r -> r.roleName("tagged").assumeRolePolicyDocument(TRUST_EC2).tags(tag("Team", "a")));

    root.tagRole(r -> r.roleName("tagged").tags(tag("team", "b"), tag("env", "prod")));
    List<Tag> afterTag = root.getRole(r -> r.roleName("tagged")).role().tags();
    root.untagRole(r -> r.roleName("tagged").tagKeys("TEAM", "unknown"));
    List<Tag> afterUntag = root.getRole(r -> r.roleName("tagged")).role().tags();

    assertEquals(List.of(tag("team", "b"), tag("env", "prod")), afterTag);
    assertEquals(List.of(tag("env", "prod")), afterUntag);
  }

  @Test
  void givenFiftyTagsAlready_tagRole_failsWithLimitExceeded() {
    List<Tag> fifty = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      fifty.add(tag("key" + i, "v"));
    }
    root.createRole(r -> r.roleName("full-tags").assumeRolePolicyDocument(TRUST_EC2).tags(fifty));

    assertIamError(
        409,
        "LimitExceeded",
        "Cannot exceed quota for TagsPerRole: 50",
        () -> root.tagRole(r -> r.roleName("full-tags").tags(tag("one-more", "v"))));
  }

  @Test
  void givenNoSuchRole_tagAndUntagRole_failWithNoSuchEntity() {
    assertIamError(
        404,
        "NoSuchEntity",
        "The role with name nobody cannot be found.",
        () -> root.tagRole(r -> r.roleName("nobody").tags(tag("k", "v"))));
    assertIamError(
        404,
        "NoSuchEntity",
        "The role with name nobody cannot be found.",
        () -> root.untagRole(r -> r.roleName("nobody").tagKeys("k")));
  }

  // --- Permissions boundary ---------------------------------------------------------------------

  @Test
  void givenPolicyArn_putRolePermissionsBoundary_setsIt_andDeleteRemovesIt() {
    root.createRole(r -> r.roleName("bounded").assumeRolePolicyDocument(TRUST_EC2));
    String boundary =
        root.createPolicy(
                r -> r.policyName("Boundary").path("/boundaries/").policyDocument(S3_POLICY))
            .policy()
            .arn();

    root.putRolePermissionsBoundary(r -> r.roleName("bounded").permissionsBoundary(boundary));
    GetRoleResponse withBoundary = root.getRole(r -> r.roleName("bounded"));
    root.deleteRolePermissionsBoundary(r -> r.roleName("bounded"));
    GetRoleResponse withoutBoundary = root.getRole(r -> r.roleName("bounded"));

    assertEquals(boundary, withBoundary.role().permissionsBoundary().permissionsBoundaryArn());
    assertNull(withoutBoundary.role().permissionsBoundary());
  }

  @Test
  void givenArnThatIsNotAPolicy_putRolePermissionsBoundary_failsWithInvalidInput() {
    root.createRole(r -> r.roleName("unbounded").assumeRolePolicyDocument(TRUST_EC2));
    String notAPolicy = "arn:aws:iam::" + ACCOUNT + ":not_a_policy/invalid";

    assertIamError(
        400,
        "InvalidInput",
        "ARN " + notAPolicy + " is not valid.",
        () ->
            root.putRolePermissionsBoundary(
                r -> r.roleName("unbounded").permissionsBoundary(notAPolicy)));
    assertIamError(
        404,
        "NoSuchEntity",
        "The role with name nobody cannot be found.",
        () ->
            root.putRolePermissionsBoundary(
                r -> r.roleName("nobody").permissionsBoundary("arn:aws:iam::aws:policy/X")));
  }

  // --- DeleteRole -------------------------------------------------------------------------------

  @Test
  void givenInlinePolicy_deleteRole_failsWithDeleteConflict_untilThePolicyIsDeleted() {
    root.createRole(r -> r.roleName("doomed").assumeRolePolicyDocument(TRUST_EC2));
    root.putRolePolicy(r -> r.roleName("doomed").policyName("p").policyDocument(S3_POLICY));

    assertIamError(
        409,
        "DeleteConflict",
        "Cannot delete entity, must delete policies first.",
        () -> root.deleteRole(r -> r.roleName("doomed")));

    root.deleteRolePolicy(r -> r.roleName("doomed").policyName("p"));
    root.deleteRole(r -> r.roleName("DOOMED"));

    assertIamError(
        404,
        "NoSuchEntity",
        "The role with name doomed cannot be found.",
        () -> root.getRole(r -> r.roleName("doomed")));
    assertIamError(
        404,
        "NoSuchEntity",
        "The role with name doomed cannot be found.",
        () -> root.deleteRole(r -> r.roleName("doomed")));
  }

  // --- Inline policies of users -----------------------------------------------------------------

  @Test
  void givenUserPolicy_putGetListDeleteUserPolicy_roundTripTheDocumentExactly() {
    root.createUser(r -> r.userName("holder"));
    root.putUserPolicy(r -> r.userName("holder").policyName("s3-read").policyDocument(S3_POLICY));
    root.putUserPolicy(r -> r.userName("holder").policyName("a-first").policyDocument(S3_POLICY));

    var got = root.getUserPolicy(r -> r.userName("HOLDER").policyName("s3-read"));
    ListUserPoliciesResponse listed = root.listUserPolicies(r -> r.userName("holder"));
    root.deleteUserPolicy(r -> r.userName("holder").policyName("s3-read"));
    root.deleteUserPolicy(r -> r.userName("holder").policyName("a-first"));

    assertEquals("holder", got.userName());
    assertEquals("s3-read", got.policyName());
    assertEquals(S3_POLICY, decode(got.policyDocument()));
    // Percent-encoded with %20 for a space, so that botocore's unquote() gets the text back too.
    assertFalse(got.policyDocument().contains("+"), got.policyDocument());
    assertTrue(
        got.policyDocument().contains("%22Read%2BList%22%2C%0A%20%20"), got.policyDocument());
    assertEquals(List.of("a-first", "s3-read"), listed.policyNames());
    assertFalse(listed.isTruncated());
    assertTrue(root.listUserPolicies(r -> r.userName("holder")).policyNames().isEmpty());
    assertIamError(
        404,
        "NoSuchEntity",
        "The user policy with name s3-read cannot be found.",
        () -> root.getUserPolicy(r -> r.userName("holder").policyName("s3-read")));
    assertIamError(
        404,
        "NoSuchEntity",
        "The user policy with name s3-read cannot be found.",
        () -> root.deleteUserPolicy(r -> r.userName("holder").policyName("s3-read")));
  }

  @Test
  void givenNoSuchUser_userPolicyOperations_failWithNoSuchEntity() {
    String message = "The user with name nobody cannot be found.";

    assertIamError(
        404,
        "NoSuchEntity",
        message,
        () ->
            root.putUserPolicy(
                r -> r.userName("nobody").policyName("p").policyDocument(S3_POLICY)));
    assertIamError(
        404,
        "NoSuchEntity",
        message,
        () -> root.getUserPolicy(r -> r.userName("nobody").policyName("p")));
    assertIamError(
        404,
        "NoSuchEntity",
        message,
        () -> root.deleteUserPolicy(r -> r.userName("nobody").policyName("p")));
    assertIamError(
        404, "NoSuchEntity", message, () -> root.listUserPolicies(r -> r.userName("nobody")));
  }

  @Test
  void givenBadDocuments_putUserPolicy_failsWithMalformedPolicyDocument() {
    root.createUser(r -> r.userName("refused"));
    String withPrincipal =
        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\","
            + "\"Action\":\"s3:*\",\"Resource\":\"*\"}]}";

    assertIamError(
        400,
        "MalformedPolicyDocument",
        "This policy contains invalid Json",
        () -> root.putUserPolicy(r -> r.userName("refused").policyName("p").policyDocument("{")));
    assertIamError(
        400,
        "MalformedPolicyDocument",
        () ->
            root.putUserPolicy(
                r -> r.userName("refused").policyName("p").policyDocument(withPrincipal)));
    assertTrue(root.listUserPolicies(r -> r.userName("refused")).policyNames().isEmpty());
  }

  @Test
  void givenBadPolicyName_putUserPolicy_failsWithValidationError() {
    assertIamError(
        400,
        "ValidationError",
        "1 validation error detected: Value 'no spaces' at 'policyName' failed to satisfy"
            + " constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+",
        () ->
            root.putUserPolicy(
                r -> r.userName("carol").policyName("no spaces").policyDocument(S3_POLICY)));
  }

  @Test
  void givenPoliciesOverTheUsersAggregateSize_putUserPolicy_failsWithLimitExceeded() {
    root.createUser(r -> r.userName("crowded-user"));
    String half = allowS3Objects(1100);

    root.putUserPolicy(r -> r.userName("crowded-user").policyName("big-1").policyDocument(half));

    assertIamError(
        409,
        "LimitExceeded",
        "Maximum policy size of 2048 bytes exceeded for user crowded-user",
        () ->
            root.putUserPolicy(
                r -> r.userName("crowded-user").policyName("big-2").policyDocument(half)));
    assertEquals(
        List.of("big-1"), root.listUserPolicies(r -> r.userName("crowded-user")).policyNames());
  }

  // --- Inline policies of roles -----------------------------------------------------------------

  @Test
  void givenRolePolicies_listRolePolicies_pagesThroughTheirNames() {
    root.createRole(r -> r.roleName("many-policies").assumeRolePolicyDocument(TRUST_EC2));
    for (String name : List.of("p3", "p1", "p2")) {
      root.putRolePolicy(
          r -> r.roleName("many-policies").policyName(name).policyDocument(S3_POLICY));
    }

    ListRolePoliciesResponse first =
        root.listRolePolicies(r -> r.roleName("many-policies").maxItems(2));
    ListRolePoliciesResponse second =
        root.listRolePolicies(r -> r.roleName("many-policies").maxItems(2).marker(first.marker()));

    assertEquals(List.of("p1", "p2"), first.policyNames());
    assertTrue(first.isTruncated());
    assertEquals(List.of("p3"), second.policyNames());
    assertFalse(second.isTruncated());
    assertNull(second.marker());
  }

  @Test
  void givenRolePolicy_putGetDeleteRolePolicy_roundTripTheDocumentExactly() {
    root.createRole(r -> r.roleName("with-policy").assumeRolePolicyDocument(TRUST_EC2));

    root.putRolePolicy(
        r ->
            r.roleName("with-policy")
                .policyName("s3")
                .policyDocument(allow("s3:ListBucket", "arn:aws:s3:::b")));
    root.putRolePolicy(r -> r.roleName("with-policy").policyName("s3").policyDocument(S3_POLICY));
    var got = root.getRolePolicy(r -> r.roleName("WITH-POLICY").policyName("s3"));
    root.deleteRolePolicy(r -> r.roleName("with-policy").policyName("s3"));

    assertEquals("with-policy", got.roleName());
    assertEquals("s3", got.policyName());
    assertEquals(S3_POLICY, decode(got.policyDocument()));
    assertIamError(
        404,
        "NoSuchEntity",
        "The role policy with name s3 cannot be found.",
        () -> root.getRolePolicy(r -> r.roleName("with-policy").policyName("s3")));
    assertIamError(
        404,
        "NoSuchEntity",
        "The role policy with name s3 cannot be found.",
        () -> root.deleteRolePolicy(r -> r.roleName("with-policy").policyName("s3")));
  }

  @Test
  void givenNoSuchRole_rolePolicyOperations_failWithNoSuchEntity() {
    String message = "The role with name nobody cannot be found.";

    assertIamError(
        404,
        "NoSuchEntity",
        message,
        () ->
            root.putRolePolicy(
                r -> r.roleName("nobody").policyName("p").policyDocument(S3_POLICY)));
    assertIamError(
        404,
        "NoSuchEntity",
        message,
        () -> root.getRolePolicy(r -> r.roleName("nobody").policyName("p")));
    assertIamError(
        404,
        "NoSuchEntity",
        message,
        () -> root.deleteRolePolicy(r -> r.roleName("nobody").policyName("p")));
    assertIamError(
        404, "NoSuchEntity", message, () -> root.listRolePolicies(r -> r.roleName("nobody")));
  }

  @Test
  void givenPoliciesOverTheRolesAggregateSize_putRolePolicy_failsWithLimitExceeded() {
    root.createRole(r -> r.roleName("crowded").assumeRolePolicyDocument(TRUST_EC2));
    String large = allowS3Objects(6000);

    root.putRolePolicy(r -> r.roleName("crowded").policyName("big-1").policyDocument(large));

    assertIamError(
        409,
        "LimitExceeded",
        "Maximum policy size of 10240 bytes exceeded for role crowded",
        () ->
            root.putRolePolicy(
                r -> r.roleName("crowded").policyName("big-2").policyDocument(large)));
    assertEquals(List.of("big-1"), root.listRolePolicies(r -> r.roleName("crowded")).policyNames());
  }

  // --- Authorization ----------------------------------------------------------------------------

  @Test
  void givenUserAllowedOnlyToRead_roleOperations_areAllowedOrDeniedByItsPolicy() {
    root.createRole(r -> r.roleName("readable").assumeRolePolicyDocument(TRUST_EC2));
    IamClient reader = IamClients.iam(server, READER);

    assertEquals("readable", reader.getRole(r -> r.roleName("readable")).role().roleName());
    assertFalse(reader.listRoles().roles().isEmpty());
    assertIamError(
        403,
        "AccessDenied",
        "User: arn:aws:iam::"
            + ACCOUNT
            + ":user/reader is not authorized to perform: iam:CreateRole on resource:"
            + " arn:aws:iam::"
            + ACCOUNT
            + ":role/not-allowed because no identity-based policy allows the iam:CreateRole"
            + " action",
        () ->
            reader.createRole(r -> r.roleName("not-allowed").assumeRolePolicyDocument(TRUST_EC2)));
    assertIamError(
        403,
        "AccessDenied",
        () ->
            reader.putRolePolicy(
                r -> r.roleName("readable").policyName("p").policyDocument(S3_POLICY)));
    assertIamError(403, "AccessDenied", () -> reader.deleteRole(r -> r.roleName("readable")));
  }

  @Test
  void givenCallerWithoutIamPermission_roleOperationsOnAMissingRole_failWithAccessDenied() {
    IamClient carol = IamClients.iam(server, CAROL);
    IamClient reader = IamClients.iam(server, READER);

    assertIamError(
        403,
        "AccessDenied",
        "User: "
            + CAROL_ARN
            + " is not authorized to perform: iam:GetRole on resource: arn:aws:iam::"
            + ACCOUNT
            + ":role/nobody because no identity-based policy allows the iam:GetRole action",
        () -> carol.getRole(r -> r.roleName("nobody")));
    assertIamError(
        403, "AccessDenied", () -> carol.getUserPolicy(r -> r.userName("nobody").policyName("p")));
    assertIamError(404, "NoSuchEntity", () -> reader.getRole(r -> r.roleName("nobody")));
  }

  // --- STS flows on entities created through IAM ------------------------------------------------

  @Test
  void givenRoleTrustingAUser_assumeRole_worksUntilTheTrustPolicyIsChangedToDeny() {
    String roleArn =
        root.createRole(r -> r.roleName("flow").assumeRolePolicyDocument(trust("Allow", CAROL_ARN)))
            .role()
            .arn();
    root.putUserPolicy(
        r ->
            r.userName("carol")
                .policyName("assume-flow")
                .policyDocument(allow("sts:AssumeRole", roleArn)));
    StsClient carol = server.sts(CAROL);

    AssumeRoleResponse assumed = carol.assumeRole(r -> r.roleArn(roleArn).roleSessionName("first"));
    root.updateAssumeRolePolicy(r -> r.roleName("flow").policyDocument(trust("Deny", CAROL_ARN)));

    assertEquals(
        "arn:aws:sts::" + ACCOUNT + ":assumed-role/flow/first", assumed.assumedRoleUser().arn());
    assertStsError(
        403,
        "AccessDenied",
        "User: "
            + CAROL_ARN
            + " is not authorized to perform: sts:AssumeRole on resource: "
            + roleArn,
        () -> carol.assumeRole(r -> r.roleArn(roleArn).roleSessionName("second")));
    root.deleteUserPolicy(r -> r.userName("carol").policyName("assume-flow"));
  }

  @Test
  void givenRoleTrustingTheAccount_assumeRole_followsTheUsersInlinePolicyAsItChanges() {
    String roleArn =
        root.createRole(
                r ->
                    r.roleName("account-trusted")
                        .assumeRolePolicyDocument(
                            trust("Allow", "arn:aws:iam::" + ACCOUNT + ":root")))
            .role()
            .arn();
    StsClient carol = server.sts(CAROL);

    assertStsError(
        403, "AccessDenied", () -> carol.assumeRole(r -> r.roleArn(roleArn).roleSessionName("s1")));
    root.putUserPolicy(
        r ->
            r.userName("carol")
                .policyName("assume-account-trusted")
                .policyDocument(allow("sts:AssumeRole", roleArn)));
    AssumeRoleResponse assumed = carol.assumeRole(r -> r.roleArn(roleArn).roleSessionName("s1"));
    root.deleteUserPolicy(r -> r.userName("carol").policyName("assume-account-trusted"));

    assertEquals(
        "arn:aws:sts::" + ACCOUNT + ":assumed-role/account-trusted/s1",
        assumed.assumedRoleUser().arn());
    assertStsError(
        403, "AccessDenied", () -> carol.assumeRole(r -> r.roleArn(roleArn).roleSessionName("s1")));
  }

  @Test
  void givenRolePolicyAllowingIam_aSessionOfTheRole_mayCallIamWithIt() {
    String roleArn =
        root.createRole(
                r -> r.roleName("iam-reader").assumeRolePolicyDocument(trust("Allow", CAROL_ARN)))
            .role()
            .arn();
    root.putRolePolicy(
        r ->
            r.roleName("iam-reader")
                .policyName("get-roles")
                .policyDocument(allow("iam:GetRole", "arn:aws:iam::" + ACCOUNT + ":role/*")));
    var credentials =
        server.sts(CAROL).assumeRole(r -> r.roleArn(roleArn).roleSessionName("s1")).credentials();
    IamClient session =
        IamClients.iam(
            server,
            AwsSessionCredentials.create(
                credentials.accessKeyId(),
                credentials.secretAccessKey(),
                credentials.sessionToken()));

    assertEquals(roleArn, session.getRole(r -> r.roleName("iam-reader")).role().arn());
    assertIamError(403, "AccessDenied", () -> session.deleteRole(r -> r.roleName("iam-reader")));
  }

  // --- Helpers ----------------------------------------------------------------------------------

  private static Tag tag(String key, String value) {
    return Tag.builder().key(key).value(value).build();
  }

  /** The Java SDK hands IAM's URL-encoded documents over as they came. */
  private static String decode(String encoded) {
    return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
  }

  private static String trust(String effect, String awsPrincipal) {
    return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\""
        + effect
        + "\",\"Principal\":{\"AWS\":\""
        + awsPrincipal
        + "\"},\"Action\":\"sts:AssumeRole\"}]}";
  }

  private static String allow(String action, String resource) {
    return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\""
        + action
        + "\",\"Resource\":\""
        + resource
        + "\"}]}";
  }

  /** An identity policy of about {@code size} characters, none of them white space. */
  private static String allowS3Objects(int size) {
    String head =
        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\","
            + "\"Resource\":\"arn:aws:s3:::";
    String tail = "\"}]}";
    return head + "b".repeat(Math.max(1, size - head.length() - tail.length())) + tail;
  }
}
