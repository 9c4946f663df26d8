package org.opensts.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opensts.server.IamErrors.assertIamError;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.StatusType;
import software.amazon.awssdk.services.iam.model.User;
import software.amazon.awssdk.services.sts.model.Credentials;

/**
 * Who may use the IAM API, decided by the policy engine: the root in its own account, users and
 * role sessions by their identity policies (with AWS's AccessDenied wording), never session
 * credentials from GetSessionToken, and nobody in another account. Accounts in {@code
 * iam-bootstrap.json}; the tests share one server, so each uses user names of its own.
 */
class IamAuthorizationSystemTest {

  private static final String NORA_ARN = IamAccounts.epsilonUser("nora");
  private static final String TESS_ARN = IamAccounts.epsilonUser("admins/tess");
  private static final String ADA_ARN = IamAccounts.epsilonUser("ada");

  private static TestServer server;
  private static IamClient root;
  private static IamClient nora;
  private static IamClient tess;
  private static IamClient ada;

  @BeforeAll
  static void start() {
    server = TestServer.start(IamAccounts.BOOTSTRAP);
    root = IamClients.iam(server, IamAccounts.EPSILON_ROOT);
    nora = IamClients.iam(server, IamAccounts.NORA);
    tess = IamClients.iam(server, IamAccounts.TESS);
    ada = IamClients.iam(server, IamAccounts.ADA);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  // --- A user without an IAM policy -------------------------------------------------------------

  @Test
  void givenUserWithoutIamPolicy_createUser_failsWithAwsAccessDeniedWording() {
    assertIamError(
        403,
        "AccessDenied",
        "User: "
            + NORA_ARN
            + " is not authorized to perform: iam:CreateUser on resource: "
            + IamAccounts.epsilonUser("az-by-nora")
            + " because no identity-based policy allows the iam:CreateUser action",
        () -> nora.createUser(r -> r.userName("az-by-nora")));
    assertIamError(404, "NoSuchEntity", () -> root.getUser(r -> r.userName("az-by-nora")));
  }

  static Stream<Arguments> operationsOnAnExistingUser() {
    String sam = IamAccounts.epsilonUser("sam");
    return Stream.of(
        Arguments.of("iam:GetUser", sam, (Executable) () -> nora.getUser(r -> r.userName("sam"))),
        Arguments.of("iam:GetUser on itself", NORA_ARN, (Executable) () -> nora.getUser()),
        Arguments.of(
            "iam:ListUsers",
            "arn:aws:iam::555555555555:user/",
            (Executable) () -> nora.listUsers()),
        Arguments.of(
            "iam:DeleteUser", sam, (Executable) () -> nora.deleteUser(r -> r.userName("sam"))),
        Arguments.of(
            "iam:TagUser",
            sam,
            (Executable)
                () -> nora.tagUser(r -> r.userName("sam").tags(t -> t.key("k").value("v")))),
        Arguments.of(
            "iam:UntagUser",
            sam,
            (Executable) () -> nora.untagUser(r -> r.userName("sam").tagKeys("team"))),
        Arguments.of(
            "iam:CreateAccessKey",
            sam,
            (Executable) () -> nora.createAccessKey(r -> r.userName("sam"))),
        Arguments.of(
            "iam:CreateAccessKey for itself", NORA_ARN, (Executable) () -> nora.createAccessKey()),
        Arguments.of(
            "iam:ListAccessKeys",
            sam,
            (Executable) () -> nora.listAccessKeys(r -> r.userName("sam"))),
        Arguments.of(
            "iam:UpdateAccessKey",
            sam,
            (Executable)
                () ->
                    nora.updateAccessKey(
                        r ->
                            r.userName("sam")
                                .accessKeyId("AKIAEPSILONSAM000001")
                                .status(StatusType.INACTIVE))),
        Arguments.of(
            "iam:DeleteAccessKey",
            sam,
            (Executable)
                () ->
                    nora.deleteAccessKey(
                        r -> r.userName("sam").accessKeyId("AKIAEPSILONSAM000001"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operationsOnAnExistingUser")
  void givenUserWithoutIamPolicy_operation_failsWithAccessDeniedOnTheResource(
      String what, String resource, Executable call) {
    String action = what.split(" ")[0];

    assertIamError(
        403,
        "AccessDenied",
        "User: "
            + NORA_ARN
            + " is not authorized to perform: "
            + action
            + " on resource: "
            + resource
            + " because no identity-based policy allows the "
            + action
            + " action",
        call);
  }

  @Test
  void givenUserWithoutIamPolicy_refusedChanges_leaveTheTargetUserUnchanged() {
    assertIamError(
        403,
        "AccessDenied",
        () -> nora.tagUser(r -> r.userName("sam").tags(t -> t.key("team").value("stolen"))));
    assertIamError(
        403,
        "AccessDenied",
        () ->
            nora.updateAccessKey(
                r ->
                    r.userName("sam")
                        .accessKeyId("AKIAEPSILONSAM000001")
                        .status(StatusType.INACTIVE)));

    User sam = root.getUser(r -> r.userName("sam")).user();
    assertEquals("platform", sam.tags().get(0).value());
    assertEquals(
        StatusType.ACTIVE,
        root.listAccessKeys(r -> r.userName("sam")).accessKeyMetadata().get(0).status());
  }

  @Test
  void givenUserWithoutIamPolicy_getUserNamingMissingUser_failsWithAccessDeniedNotNoSuchEntity() {
    assertIamError(403, "AccessDenied", () -> nora.getUser(r -> r.userName("az-nobody")));
  }

  // --- Identity policies scoped by path, explicit denies ----------------------------------------

  @Test
  void givenPolicyAllowingCreateUserUnderTeam_createUserUnderTeam_succeeds() {
    User user = tess.createUser(r -> r.userName("az-team-tom").path("/team/")).user();

    assertEquals(IamAccounts.epsilonUser("team/az-team-tom"), user.arn());
    assertEquals("/team/", root.getUser(r -> r.userName("az-team-tom")).user().path());
  }

  @Test
  void givenPolicyAllowingCreateUserUnderTeam_createUserUnderNestedTeamPath_succeeds() {
    User user = tess.createUser(r -> r.userName("az-team-nested").path("/team/east/")).user();

    assertEquals(IamAccounts.epsilonUser("team/east/az-team-nested"), user.arn());
  }

  static Stream<Arguments> pathsOutsideTeam() {
    return Stream.of(
        Arguments.of("the root path", null, "az-out-root"),
        Arguments.of("another path", "/other/", "az-out-other"),
        Arguments.of("a path that only starts like team", "/teams/", "az-out-teams"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pathsOutsideTeam")
  void givenPolicyAllowingCreateUserUnderTeam_createUserElsewhere_failsWithAccessDenied(
      String why, String path, String name) {
    String arn = IamAccounts.epsilonUser((path == null ? "" : path.substring(1)) + name);

    assertIamError(
        403,
        "AccessDenied",
        "User: "
            + TESS_ARN
            + " is not authorized to perform: iam:CreateUser on resource: "
            + arn
            + " because no identity-based policy allows the iam:CreateUser action",
        () -> tess.createUser(r -> r.userName(name).path(path)));
    assertIamError(404, "NoSuchEntity", () -> root.getUser(r -> r.userName(name)));
  }

  @Test
  void givenPolicyAllowingOnlyCreateUser_getUserOfTheCreatedUser_failsWithAccessDenied() {
    tess.createUser(r -> r.userName("az-team-only").path("/team/"));

    assertIamError(
        403,
        "AccessDenied",
        "User: "
            + TESS_ARN
            + " is not authorized to perform: iam:GetUser on resource: "
            + IamAccounts.epsilonUser("team/az-team-only")
            + " because no identity-based policy allows the iam:GetUser action",
        () -> tess.getUser(r -> r.userName("az-team-only")));
  }

  @Test
  void givenExplicitDenyUnderProtected_createUserThere_failsWithExplicitDenyWording() {
    assertIamError(
        403,
        "AccessDenied",
        "User: "
            + ADA_ARN
            + " is not authorized to perform: iam:CreateUser on resource: "
            + IamAccounts.epsilonUser("protected/az-prot-paul")
            + " with an explicit deny in an identity-based policy",
        () -> ada.createUser(r -> r.userName("az-prot-paul").path("/protected/")));
  }

  @Test
  void givenExplicitDenyUnderProtected_deleteUserThere_failsButOtherActionsAreAllowed() {
    root.createUser(r -> r.userName("az-prot-pia").path("/protected/"));

    assertIamError(
        403,
        "AccessDenied",
        "User: "
            + ADA_ARN
            + " is not authorized to perform: iam:DeleteUser on resource: "
            + IamAccounts.epsilonUser("protected/az-prot-pia")
            + " with an explicit deny in an identity-based policy",
        () -> ada.deleteUser(r -> r.userName("az-prot-pia")));
    ada.tagUser(r -> r.userName("az-prot-pia").tags(t -> t.key("reviewed").value("yes")));
    assertEquals("/protected/", ada.getUser(r -> r.userName("az-prot-pia")).user().path());
  }

  @Test
  void givenIamStarPolicy_userCanManageUsersAndKeysEndToEnd() {
    ada.createUser(r -> r.userName("az-ada-made"));
    String keyId = ada.createAccessKey(r -> r.userName("az-ada-made")).accessKey().accessKeyId();
    ada.updateAccessKey(
        r -> r.userName("az-ada-made").accessKeyId(keyId).status(StatusType.INACTIVE));
    ada.deleteAccessKey(r -> r.userName("az-ada-made").accessKeyId(keyId));
    ada.deleteUser(r -> r.userName("az-ada-made"));

    assertIamError(404, "NoSuchEntity", () -> root.getUser(r -> r.userName("az-ada-made")));
  }

  // --- Session credentials ----------------------------------------------------------------------

  static Stream<Arguments> getSessionTokenCallers() {
    return Stream.of(
        Arguments.of("a user allowed iam:*", IamAccounts.ADA),
        Arguments.of("the account root", IamAccounts.EPSILON_ROOT));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("getSessionTokenCallers")
  void givenGetSessionTokenCredentials_iamCalls_failWithInvalidClientTokenId(
      String who, AwsBasicCredentials keys) {
    Credentials session = server.sts(keys).getSessionToken().credentials();
    IamClient withSession =
        IamClients.iam(
            server,
            AwsSessionCredentials.create(
                session.accessKeyId(), session.secretAccessKey(), session.sessionToken()));

    assertIamError(
        403,
        "InvalidClientTokenId",
        "The security token included in the request is invalid",
        () -> withSession.createUser(r -> r.userName("az-from-session")));
    assertIamError(403, "InvalidClientTokenId", () -> withSession.getUser(r -> r.userName("sam")));
    assertIamError(403, "InvalidClientTokenId", withSession::listUsers);
    assertIamError(404, "NoSuchEntity", () -> root.getUser(r -> r.userName("az-from-session")));
  }

  @Test
  void givenGetSessionTokenCredentials_getUserNamingMissingUser_failsWithInvalidClientTokenId() {
    Credentials session = server.sts(IamAccounts.ADA).getSessionToken().credentials();
    IamClient withSession =
        IamClients.iam(
            server,
            AwsSessionCredentials.create(
                session.accessKeyId(), session.secretAccessKey(), session.sessionToken()));

    assertIamError(
        403, "InvalidClientTokenId", () -> withSession.getUser(r -> r.userName("az-nobody")));
  }

  @Test
  void givenRoleSessionWhoseRoleAllowsUsersUnderOps_iamCalls_followTheRolesPolicy() {
    Credentials credentials =
        server
            .sts(IamAccounts.NORA)
            .assumeRole(
                r ->
                    r.roleArn("arn:aws:iam::555555555555:role/iam-operator")
                        .roleSessionName("ops-1"))
            .credentials();
    IamClient operator =
        IamClients.iam(
            server,
            AwsSessionCredentials.create(
                credentials.accessKeyId(),
                credentials.secretAccessKey(),
                credentials.sessionToken()));

    User created = operator.createUser(r -> r.userName("az-ops-olga").path("/ops/")).user();

    assertEquals(IamAccounts.epsilonUser("ops/az-ops-olga"), created.arn());
    assertEquals(created, operator.getUser(r -> r.userName("az-ops-olga")).user());
    assertIamError(
        403,
        "AccessDenied",
        "User: arn:aws:sts::555555555555:assumed-role/iam-operator/ops-1 is not authorized to"
            + " perform: iam:CreateUser on resource: "
            + IamAccounts.epsilonUser("az-not-ops")
            + " because no identity-based policy allows the iam:CreateUser action",
        () -> operator.createUser(r -> r.userName("az-not-ops")));
    operator.deleteUser(r -> r.userName("az-ops-olga"));
    assertIamError(404, "NoSuchEntity", () -> root.getUser(r -> r.userName("az-ops-olga")));
  }

  // --- Nobody reaches into another account ------------------------------------------------------

  @Test
  void givenUserOfAnotherAccountAllowedIamEverywhere_namingAUserOfThisAccount_findsNoSuchEntity() {
    IamClient zoe = IamClients.iam(server, IamAccounts.ZOE);

    // Names are looked up in the caller's own account: epsilon's users are invisible from zeta.
    assertIamError(
        404,
        "NoSuchEntity",
        "The user with name nora cannot be found.",
        () -> zoe.getUser(r -> r.userName("nora")));
    assertIamError(
        404,
        "NoSuchEntity",
        "The user with name nora cannot be found.",
        () -> zoe.deleteUser(r -> r.userName("nora")));
    assertIamError(
        404,
        "NoSuchEntity",
        "The user with name nora cannot be found.",
        () -> zoe.createAccessKey(r -> r.userName("nora")));
    assertIamError(
        404,
        "NoSuchEntity",
        "The user with name sam cannot be found.",
        () -> zoe.untagUser(r -> r.userName("sam").tagKeys("team")));

    assertEquals("nora", root.getUser(r -> r.userName("nora")).user().userName());
    assertEquals("platform", root.getUser(r -> r.userName("sam")).user().tags().get(0).value());
    assertEquals(1, root.listAccessKeys(r -> r.userName("nora")).accessKeyMetadata().size());
  }

  @Test
  void givenUserOfAnotherAccount_listUsers_listsOnlyItsOwnAccountsUsers() {
    List<String> arns =
        IamClients.iam(server, IamAccounts.ZOE).listUsers().users().stream()
            .map(User::arn)
            .toList();

    assertTrue(arns.contains(IamAccounts.zetaUser("zoe")), arns.toString());
    assertTrue(
        arns.stream().allMatch(arn -> arn.startsWith("arn:aws:iam::666666666666:")),
        arns.toString());
  }

  @Test
  void givenUserOfAnotherAccount_createUserWithAnExistingName_createsItInItsOwnAccount() {
    root.createUser(r -> r.userName("az-twin"));

    User twin =
        IamClients.iam(server, IamAccounts.ZOE).createUser(r -> r.userName("az-twin")).user();

    assertEquals(IamAccounts.zetaUser("az-twin"), twin.arn());
    assertEquals(
        IamAccounts.epsilonUser("az-twin"), root.getUser(r -> r.userName("az-twin")).user().arn());
  }

  @Test
  void givenPolicyOnlyForAnotherAccountsResources_createUser_isDeniedOnItsOwnAccountsArn() {
    assertIamError(
        403,
        "AccessDenied",
        "User: "
            + IamAccounts.zetaUser("zack")
            + " is not authorized to perform: iam:CreateUser on resource: "
            + IamAccounts.zetaUser("az-zack-made")
            + " because no identity-based policy allows the iam:CreateUser action",
        () -> IamClients.iam(server, IamAccounts.ZACK).createUser(r -> r.userName("az-zack-made")));
  }

  /** Names are looked up in the caller's own account, where zack's policy grants nothing. */
  @Test
  void givenPolicyOnlyForAnotherAccountsResources_getUserOfThatName_isDeniedInTheCallersAccount() {
    assertIamError(
        403,
        "AccessDenied",
        "User: arn:aws:iam::666666666666:user/zack is not authorized to perform: iam:GetUser on"
            + " resource: arn:aws:iam::666666666666:user/sam because no identity-based policy allows"
            + " the iam:GetUser action",
        () -> IamClients.iam(server, IamAccounts.ZACK).getUser(r -> r.userName("sam")));
  }
}
