package org.opensts.server;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opensts.server.CredentialAssertions.assertLasts;
import static org.opensts.server.IamErrors.assertIamError;
import static org.opensts.server.StsErrors.assertStsError;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AccessKeyMetadata;
import software.amazon.awssdk.services.iam.model.FeatureType;
import software.amazon.awssdk.services.iam.model.ListOrganizationsFeaturesResponse;
import software.amazon.awssdk.services.sts.model.AssumeRootResponse;
import software.amazon.awssdk.services.sts.model.Credentials;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

/**
 * Centralized root access as a user of the AWS SDK sees it: AssumeRoot from the organization's
 * management account gives short credentials of a member account's root, which the task policy
 * limits; IAM's organization feature operations turn it on and off. The fixture declares the
 * organization o-exampleorgid1: management account 500000000001 (user operator may AssumeRoot with
 * two task policies, user bystander may not), member 500000000002, and 500000000003 in none.
 */
class AssumeRootSystemTest {

  private static final String AUDIT =
      "arn:aws:iam::aws:policy/root-task/IAMAuditRootUserCredentials";
  private static final String DELETE =
      "arn:aws:iam::aws:policy/root-task/IAMDeleteRootUserCredentials";
  private static final String CREATE_PASSWORD =
      "arn:aws:iam::aws:policy/root-task/IAMCreateRootUserPassword";
  private static final String MEMBER = "500000000002";
  private static final String MEMBER_ROOT = "arn:aws:iam::500000000002:root";

  private static final AwsBasicCredentials MANAGEMENT_ROOT =
      AwsBasicCredentials.create(
          "AKIAORGMANAGEMENTRT1", "org-management-root-secret-0000000000000");
  private static final AwsBasicCredentials OPERATOR =
      AwsBasicCredentials.create(
          "AKIAORGOPERATOR00001", "org-operator-secret-00000000000000000000");
  private static final AwsBasicCredentials BYSTANDER =
      AwsBasicCredentials.create(
          "AKIAORGBYSTANDER0001", "org-bystander-secret-0000000000000000000");
  private static final AwsBasicCredentials MEMBER_ROOT_KEY =
      AwsBasicCredentials.create(
          "AKIAORGMEMBERROOT001", "org-member-root-secret-00000000000000000");
  private static final AwsBasicCredentials MEMBER_USER =
      AwsBasicCredentials.create(
          "AKIAORGMEMBERMIA0001", "org-member-mia-secret-000000000000000000");
  private static final AwsBasicCredentials OUTSIDE_ROOT =
      AwsBasicCredentials.create(
          "AKIAOUTSIDEROOT00001", "outside-root-secret-00000000000000000000");
  private static final AwsBasicCredentials OUTSIDE_USER =
      AwsBasicCredentials.create(
          "AKIAOUTSIDENORA00001", "outside-nora-secret-00000000000000000000");

  private static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start("root-access-bootstrap.json");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static Credentials assumeRoot(String taskPolicyArn) {
    return server
        .sts(OPERATOR)
        .assumeRoot(r -> r.targetPrincipal(MEMBER_ROOT).taskPolicyArn(p -> p.arn(taskPolicyArn)))
        .credentials();
  }

  private static AwsSessionCredentials session(Credentials credentials) {
    return AwsSessionCredentials.create(
        credentials.accessKeyId(), credentials.secretAccessKey(), credentials.sessionToken());
  }

  // --- Who may take a root session ---------------------------------------------------------------

  @Test
  void givenManagementUserAllowedAssumeRoot_assumeRoot_givesTheMemberRootForAtMost900Seconds() {
    Instant before = Instant.now();

    AssumeRootResponse response =
        server
            .sts(OPERATOR)
            .assumeRoot(r -> r.targetPrincipal(MEMBER).taskPolicyArn(p -> p.arn(AUDIT)));
    GetCallerIdentityResponse identity =
        server.sts(session(response.credentials())).getCallerIdentity();

    assertAll(
        () -> assertEquals(MEMBER_ROOT, identity.arn()),
        () -> assertEquals(MEMBER, identity.userId()),
        () -> assertEquals(MEMBER, identity.account()),
        () -> assertNull(response.sourceIdentity()),
        () -> assertLasts(Duration.ofSeconds(900), before, response.credentials().expiration()));
  }

  @Test
  void givenShorterDuration_assumeRoot_givesCredentialsThatLastThatLong() {
    Instant before = Instant.now();

    Credentials credentials =
        server
            .sts(OPERATOR)
            .assumeRoot(
                r ->
                    r.targetPrincipal(MEMBER_ROOT)
                        .taskPolicyArn(p -> p.arn(AUDIT))
                        .durationSeconds(120))
            .credentials();

    assertLasts(Duration.ofSeconds(120), before, credentials.expiration());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "a user of a member account, mia",
    "a user of an account in no organization, nora",
    "the management account's root, management-root",
    "a management user without sts:AssumeRoot, bystander"
  })
  void givenCallerOutsideTheRules_assumeRoot_failsWithAccessDenied(String description, String who) {
    AwsBasicCredentials caller =
        switch (who) {
          case "mia" -> MEMBER_USER;
          case "nora" -> OUTSIDE_USER;
          case "management-root" -> MANAGEMENT_ROOT;
          default -> BYSTANDER;
        };

    assertStsError(
        403,
        "AccessDenied",
        () ->
            server
                .sts(caller)
                .assumeRoot(r -> r.targetPrincipal(MEMBER_ROOT).taskPolicyArn(p -> p.arn(AUDIT))));
  }

  @Test
  void givenManagementUserWithoutPermission_assumeRoot_saysWhoMayNotDoWhat() {
    assertStsError(
        403,
        "AccessDenied",
        "User: arn:aws:iam::500000000001:user/bystander is not authorized to perform:"
            + " sts:AssumeRoot on resource: arn:aws:iam::500000000002:root",
        () ->
            server
                .sts(BYSTANDER)
                .assumeRoot(r -> r.targetPrincipal(MEMBER_ROOT).taskPolicyArn(p -> p.arn(AUDIT))));
  }

  @Test
  void givenTaskPolicyTheConditionExcludes_assumeRoot_failsWithAccessDenied() {
    assertStsError(403, "AccessDenied", () -> assumeRoot(CREATE_PASSWORD));
  }

  @Test
  void givenTargetThatIsNotAMember_assumeRoot_failsWithAccessDenied() {
    assertStsError(
        403,
        "AccessDenied",
        () ->
            server
                .sts(OPERATOR)
                .assumeRoot(
                    r -> r.targetPrincipal("500000000003").taskPolicyArn(p -> p.arn(AUDIT))));
  }

  @Test
  void givenRootSessionsDisabled_assumeRoot_failsWithAccessDenied() {
    IamClient management = IamClients.iam(server, MANAGEMENT_ROOT);
    management.disableOrganizationsRootSessions(r -> {});
    try {
      assertStsError(403, "AccessDenied", () -> assumeRoot(AUDIT));
    } finally {
      management.enableOrganizationsRootSessions(r -> {});
    }
    assumeRoot(AUDIT);
  }

  // --- AWS's limits on the members ---------------------------------------------------------------

  @Test
  void givenDurationAbove900_assumeRoot_failsWithValidationError() {
    assertStsError(
        400,
        "ValidationError",
        "1 validation error detected: Value '901' at 'durationSeconds' failed to satisfy"
            + " constraint: Member must have value less than or equal to 900",
        () ->
            server
                .sts(OPERATOR)
                .assumeRoot(
                    r ->
                        r.targetPrincipal(MEMBER_ROOT)
                            .taskPolicyArn(p -> p.arn(AUDIT))
                            .durationSeconds(901)));
  }

  @Test
  void givenNoTaskPolicyArn_assumeRoot_failsWithValidationError() {
    assertStsError(
        400,
        "ValidationError",
        () -> server.sts(OPERATOR).assumeRoot(r -> r.targetPrincipal(MEMBER_ROOT)));
  }

  // --- What the task policy leaves the session -------------------------------------------------

  @Test
  void givenAuditSession_iam_listsTheRootsKeysAndNothingElse() {
    IamClient root = IamClients.iam(server, session(assumeRoot(AUDIT)));

    List<String> keys =
        root.listAccessKeys().accessKeyMetadata().stream()
            .map(AccessKeyMetadata::accessKeyId)
            .toList();

    assertTrue(keys.contains("AKIAORGMEMBERROOT001"), keys.toString());
    assertIamError(
        403,
        "AccessDenied",
        "User: arn:aws:iam::500000000002:root is not authorized to perform: iam:CreateUser on"
            + " resource: arn:aws:iam::500000000002:user/intruder with an explicit deny in an"
            + " identity-based policy",
        () -> root.createUser(r -> r.userName("intruder")));
    assertIamError(
        403,
        "AccessDenied",
        () -> root.deleteAccessKey(r -> r.accessKeyId("AKIAORGMEMBERROOT001")));
  }

  @Test
  void givenAuditSession_assumeRole_failsWithAccessDenied() {
    AwsSessionCredentials root = session(assumeRoot(AUDIT));

    assertStsError(
        403,
        "AccessDenied",
        () ->
            server
                .sts(root)
                .assumeRole(
                    r ->
                        r.roleArn("arn:aws:iam::500000000002:role/any")
                            .roleSessionName("escalate")));
  }

  @Test
  void givenDeleteSession_iam_deletesTheRootsAccessKey() {
    IamClient root = IamClients.iam(server, session(assumeRoot(DELETE)));

    root.deleteAccessKey(r -> r.accessKeyId("AKIAORGMEMBERROOT002"));

    List<String> keys =
        root.listAccessKeys().accessKeyMetadata().stream()
            .map(AccessKeyMetadata::accessKeyId)
            .toList();
    assertEquals(List.of("AKIAORGMEMBERROOT001"), keys);
  }

  // --- IAM's organization features ---------------------------------------------------------------

  @Test
  void givenManagementRoot_listOrganizationsFeatures_namesTheOrganizationAndItsFeatures() {
    ListOrganizationsFeaturesResponse response =
        IamClients.iam(server, MANAGEMENT_ROOT).listOrganizationsFeatures(r -> {});

    assertAll(
        () -> assertEquals("o-exampleorgid1", response.organizationId()),
        () ->
            assertEquals(
                List.of(FeatureType.ROOT_CREDENTIALS_MANAGEMENT, FeatureType.ROOT_SESSIONS),
                response.enabledFeatures()));
  }

  @Test
  void givenManagementRoot_disableThenEnable_reportTheFeaturesLeft() {
    IamClient management = IamClients.iam(server, MANAGEMENT_ROOT);

    List<FeatureType> disabled =
        management.disableOrganizationsRootCredentialsManagement(r -> {}).enabledFeatures();
    List<FeatureType> enabled =
        management.enableOrganizationsRootCredentialsManagement(r -> {}).enabledFeatures();

    assertAll(
        () -> assertEquals(List.of(FeatureType.ROOT_SESSIONS), disabled),
        () ->
            assertEquals(
                List.of(FeatureType.ROOT_CREDENTIALS_MANAGEMENT, FeatureType.ROOT_SESSIONS),
                enabled));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "a member account's root, member-root, 400,"
        + " AccountNotManagementOrDelegatedAdministratorException",
    "the root of an account in no organization, outside-root, 400, OrganizationNotFoundException",
    "a management user without the IAM permission, bystander, 403, AccessDenied"
  })
  void givenCallerNotManagingAnOrganization_listOrganizationsFeatures_fails(
      String description, String who, int status, String code) {
    AwsBasicCredentials caller =
        switch (who) {
          case "member-root" -> MEMBER_ROOT_KEY;
          case "outside-root" -> OUTSIDE_ROOT;
          default -> BYSTANDER;
        };

    assertIamError(
        status, code, () -> IamClients.iam(server, caller).listOrganizationsFeatures(r -> {}));
  }

  @Test
  void givenMemberRoot_enableOrganizationsRootSessions_failsAsNotTheManagementAccount() {
    assertIamError(
        400,
        "AccountNotManagementOrDelegatedAdministratorException",
        () -> IamClients.iam(server, MEMBER_ROOT_KEY).enableOrganizationsRootSessions(r -> {}));
  }
}
