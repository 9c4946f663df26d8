package org.opensts.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opensts.application.port.in.sts.AssumeRoleCommand;
import org.opensts.application.port.in.sts.AssumeRoleResult;
import org.opensts.application.port.in.sts.AssumeRoleUseCase;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.credential.Session;
import org.opensts.domain.credential.SessionTokenCodec;
import org.opensts.domain.error.AccessDeniedException;
import org.opensts.domain.error.ErrorCode;
import org.opensts.domain.error.InvalidRequestException;
import org.opensts.domain.fixture.TestAccounts;
import org.opensts.domain.fixture.TestCallers;
import org.opensts.domain.fixture.TestClocks;
import org.opensts.domain.fixture.TestPolicies;
import org.opensts.domain.fixture.TestPrincipals;
import org.opensts.domain.fixture.TestUsers;
import org.opensts.domain.iam.Role;
import org.opensts.domain.iam.User;
import org.opensts.domain.identity.AssumedRolePrincipal;
import org.opensts.domain.identity.IamPath;
import org.opensts.domain.identity.RoleSessionName;
import org.opensts.domain.policy.PolicyDocument;

/**
 * AssumeRole as AWS documents it: who may assume a role (trust policy, and the caller's own
 * policies where AWS requires them), how long the session lasts, and what comes back.
 */
class AssumeRoleServiceTest {

  private static final AccountId ALPHA = TestAccounts.ALPHA;
  private static final AccountId BETA = TestAccounts.BETA;
  private static final String ALICE_ARN = "arn:aws:iam::111111111111:user/alice";
  private static final String DEPLOYER_ROLE_ID = "AROADEPLOYERAAAAAAAAA";
  private static final String OPS_ROLE_ID = "AROAOPSAAAAAAAAAAAAAA";
  private static final String ALPHA_DEPLOYER = "arn:aws:iam::111111111111:role/deployer";
  private static final String BETA_DEPLOYER = "arn:aws:iam::222222222222:role/deployer";

  private final TestPorts ports = new TestPorts();
  private final AssumeRoleUseCase useCase = ports.useCases(TestClocks.fixed()).assumeRole();

  // --- Who may not assume a role at all -------------------------------------------------------

  @Test
  void givenRootCaller_assumeRole_isRefusedEvenWhenTheRoleTrustsEveryone() {
    ports.roles.save(
        role(ALPHA, DEPLOYER_ROLE_ID, IamPath.ROOT, "deployer", TestPolicies.trusting("*"), 3600));

    AccessDeniedException error =
        assertThrows(
            AccessDeniedException.class,
            () ->
                useCase.assumeRole(
                    command(TestCallers.withLongTermKey(TestPrincipals.root()), ALPHA_DEPLOYER)));

    assertEquals(ErrorCode.ACCESS_DENIED, error.code());
    assertEquals("Roles may not be assumed by root accounts.", error.getMessage());
  }

  @Test
  void givenRootSessionCredentials_assumeRole_isRefusedToo() {
    ports.roles.save(
        role(ALPHA, DEPLOYER_ROLE_ID, IamPath.ROOT, "deployer", TestPolicies.trusting("*"), 3600));

    AccessDeniedException error =
        assertThrows(
            AccessDeniedException.class,
            () ->
                useCase.assumeRole(
                    command(TestCallers.withSession(TestPrincipals.root()), ALPHA_DEPLOYER)));

    assertEquals("Roles may not be assumed by root accounts.", error.getMessage());
  }

  @Test
  void givenRoleThatDoesNotExist_assumeRole_failsWithAwsAccessDeniedWording() {
    AccessDeniedException error =
        assertThrows(
            AccessDeniedException.class,
            () -> useCase.assumeRole(command(alice(), "arn:aws:iam::111111111111:role/nobody")));

    assertEquals(ErrorCode.ACCESS_DENIED, error.code());
    assertEquals(
        "User: arn:aws:iam::111111111111:user/alice is not authorized to perform: sts:AssumeRole on"
            + " resource: arn:aws:iam::111111111111:role/nobody",
        error.getMessage());
  }

  static Stream<Arguments> arnsNotNamingTheRole() {
    return Stream.of(
        arguments("the role without its path", "arn:aws:iam::111111111111:role/deployer"),
        arguments("the role under another path", "arn:aws:iam::111111111111:role/other/deployer"),
        arguments(
            "the role name in another account", "arn:aws:iam::222222222222:role/team/deployer"),
        arguments("an sts ARN", "arn:aws:sts::111111111111:role/team/deployer"),
        arguments("a regional ARN", "arn:aws:iam:us-east-1:111111111111:role/team/deployer"),
        arguments("another partition", "arn:aws-cn:iam::111111111111:role/team/deployer"),
        arguments("a user resource", "arn:aws:iam::111111111111:user/team/deployer"),
        arguments(
            "an account that is not 12 digits", "arn:aws:iam::11111111111:role/team/deployer"),
        arguments(
            "the role's assumed-role ARN", "arn:aws:sts::111111111111:assumed-role/deployer/s"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("arnsNotNamingTheRole")
  void givenArnNotNamingTheRoleExactly_assumeRole_failsAsIfTheRoleDidNotExist(
      String description, String roleArn) {
    ports.roles.save(
        role(
            ALPHA,
            DEPLOYER_ROLE_ID,
            new IamPath("/team/"),
            "deployer",
            TestPolicies.trusting("*"),
            3600));

    AccessDeniedException error =
        assertThrows(
            AccessDeniedException.class, () -> useCase.assumeRole(command(alice(), roleArn)));

    assertEquals(
        "User: "
            + ALICE_ARN
            + " is not authorized to perform: sts:AssumeRole on resource: "
            + roleArn,
        error.getMessage());
  }

  @Test
  void givenRoleWithPath_assumeRole_acceptsItsFullArn() {
    ports.roles.save(
        role(
            ALPHA,
            DEPLOYER_ROLE_ID,
            new IamPath("/team/"),
            "deployer",
            TestPolicies.trusting(ALICE_ARN),
            3600));

    AssumeRoleResult result =
        useCase.assumeRole(command(alice(), "arn:aws:iam::111111111111:role/team/deployer"));

    assertEquals(
        "arn:aws:sts::111111111111:assumed-role/deployer/my-session", result.assumedRoleArn());
  }

  // --- Trust: same account, across accounts ----------------------------------------------------

  static Stream<Arguments> trustRules() {
    PolicyDocument allowAlphaDeployer = TestPolicies.allow("sts:AssumeRole", ALPHA_DEPLOYER);
    PolicyDocument allowBetaDeployer = TestPolicies.allow("sts:AssumeRole", BETA_DEPLOYER);
    PolicyDocument allowOtherRole =
        TestPolicies.allow("sts:AssumeRole", "arn:aws:iam::111111111111:role/ops");
    PolicyDocument denyAssume = TestPolicies.deny("sts:AssumeRole", "*");
    return Stream.of(
        arguments(
            "same account, alice named in the trust policy, no policy of her own",
            ALPHA,
            TestPolicies.trusting(ALICE_ARN),
            List.of(),
            true),
        arguments(
            "same account, account id trusted, no policy of her own",
            ALPHA,
            TestPolicies.trusting("111111111111"),
            List.of(),
            false),
        arguments(
            "same account, root ARN trusted, no policy of her own",
            ALPHA,
            TestPolicies.trusting("arn:aws:iam::111111111111:root"),
            List.of(),
            false),
        arguments(
            "same account, account trusted, her policy allows the role",
            ALPHA,
            TestPolicies.trusting("111111111111"),
            List.of(allowAlphaDeployer),
            true),
        arguments(
            "same account, account trusted, her policy allows another role",
            ALPHA,
            TestPolicies.trusting("111111111111"),
            List.of(allowOtherRole),
            false),
        arguments(
            "same account, named in the trust policy, her policy denies",
            ALPHA,
            TestPolicies.trusting(ALICE_ARN),
            List.of(denyAssume),
            false),
        arguments(
            "same account, trust names bob, her policy allows everything",
            ALPHA,
            TestPolicies.trusting("arn:aws:iam::111111111111:user/bob"),
            List.of(TestPolicies.allow("*", "*")),
            false),
        arguments(
            "cross-account, her account trusted, her policy allows the role",
            BETA,
            TestPolicies.trusting("111111111111"),
            List.of(allowBetaDeployer),
            true),
        arguments(
            "cross-account, her account trusted, no policy of her own",
            BETA,
            TestPolicies.trusting("111111111111"),
            List.of(),
            false),
        arguments(
            "cross-account, alice named in the trust policy, no policy of her own",
            BETA,
            TestPolicies.trusting(ALICE_ARN),
            List.of(),
            false),
        arguments(
            "cross-account, alice named in the trust policy, her policy allows the role",
            BETA,
            TestPolicies.trusting(ALICE_ARN),
            List.of(allowBetaDeployer),
            true),
        arguments(
            "cross-account, only the role's account trusted, her policy allows the role",
            BETA,
            TestPolicies.trusting("222222222222"),
            List.of(allowBetaDeployer),
            false),
        arguments(
            "cross-account, her account trusted, her policy allows and denies",
            BETA,
            TestPolicies.trusting("111111111111"),
            List.of(allowBetaDeployer, denyAssume),
            false),
        arguments(
            "cross-account, trust policy denies her explicitly",
            BETA,
            TestPolicies.combine(
                TestPolicies.trusting("111111111111"), TestPolicies.trustDenying(ALICE_ARN)),
            List.of(allowBetaDeployer),
            false));
  }

  @ParameterizedTest(name = "{0} -> allowed: {4}")
  @MethodSource("trustRules")
  void givenTrustAndAlicesPolicies_assumeRole_followsAwsRules(
      String description,
      AccountId roleAccount,
      PolicyDocument trustPolicy,
      List<PolicyDocument> alicesPolicies,
      boolean allowed) {
    ports.users.save(aliceWith(alicesPolicies));
    ports.roles.save(
        role(roleAccount, DEPLOYER_ROLE_ID, IamPath.ROOT, "deployer", trustPolicy, 3600));
    String roleArn = "arn:aws:iam::" + roleAccount.value() + ":role/deployer";

    if (allowed) {
      AssumeRoleResult result = useCase.assumeRole(command(alice(), roleArn));
      assertEquals(
          "arn:aws:sts::" + roleAccount.value() + ":assumed-role/deployer/my-session",
          result.assumedRoleArn());
    } else {
      AccessDeniedException error =
          assertThrows(
              AccessDeniedException.class, () -> useCase.assumeRole(command(alice(), roleArn)));
      assertEquals(
          "User: "
              + ALICE_ARN
              + " is not authorized to perform: sts:AssumeRole on resource: "
              + roleArn,
          error.getMessage());
    }
  }

  @Test
  void givenCallerWhoseUserWasRecreated_assumeRole_ignoresTheNewUsersPolicies() {
    // The caller's key belongs to the old alice; the alice now stored is another user with the same
    // name.
    ports.users.save(
        new User(
            ALPHA,
            "AIDANEWALICEAAAAAAAAA",
            IamPath.ROOT,
            "alice",
            Map.of("p", TestPolicies.allow("*", "*")),
            List.of(),
            TestClocks.NOW));
    ports.roles.save(
        role(
            ALPHA,
            DEPLOYER_ROLE_ID,
            IamPath.ROOT,
            "deployer",
            TestPolicies.trusting("111111111111"),
            3600));

    assertThrows(
        AccessDeniedException.class, () -> useCase.assumeRole(command(alice(), ALPHA_DEPLOYER)));
  }

  // --- Role chaining ---------------------------------------------------------------------------

  @Test
  void givenRoleSessionCaller_assumeRole_reportsTheSessionArnWhenDenied() {
    ports.roles.save(
        role(ALPHA, DEPLOYER_ROLE_ID, IamPath.ROOT, "deployer", TestPolicies.trusting("*"), 3600));
    ports.roles.save(
        role(
            ALPHA, OPS_ROLE_ID, IamPath.ROOT, "ops", TestPolicies.trusting("111111111111"), 43200));
    Caller session = TestCallers.withSession(deployerSession());

    AccessDeniedException error =
        assertThrows(
            AccessDeniedException.class,
            () -> useCase.assumeRole(command(session, "arn:aws:iam::111111111111:role/ops")));

    assertEquals(
        "User: arn:aws:sts::111111111111:assumed-role/deployer/build-1 is not authorized to perform:"
            + " sts:AssumeRole on resource: arn:aws:iam::111111111111:role/ops",
        error.getMessage());
  }

  @Test
  void givenRoleSessionTrustedThroughItsRole_assumeRole_chainsWithoutIdentityPolicy() {
    ports.roles.save(
        role(ALPHA, DEPLOYER_ROLE_ID, IamPath.ROOT, "deployer", TestPolicies.trusting("*"), 3600));
    ports.roles.save(
        role(
            ALPHA, OPS_ROLE_ID, IamPath.ROOT, "ops", TestPolicies.trusting(ALPHA_DEPLOYER), 43200));

    AssumeRoleResult result =
        useCase.assumeRole(
            AssumeRoleCommand.of(
                TestCallers.withSession(deployerSession()),
                "arn:aws:iam::111111111111:role/ops",
                "chained",
                AssumeRoleCommand.Options.NONE));

    assertEquals("arn:aws:sts::111111111111:assumed-role/ops/chained", result.assumedRoleArn());
    assertEquals(OPS_ROLE_ID + ":chained", result.assumedRoleId());
    assertEquals(TestClocks.NOW.plusSeconds(3600), result.credentials().expiration());
  }

  @Test
  void givenRoleSessionTrustedThroughItsAccount_assumeRole_usesItsRolesPolicies() {
    ports.roles.save(
        role(
            ALPHA,
            DEPLOYER_ROLE_ID,
            IamPath.ROOT,
            "deployer",
            TestPolicies.trusting("*"),
            3600,
            Map.of(
                "chain",
                TestPolicies.allow("sts:AssumeRole", "arn:aws:iam::111111111111:role/ops"))));
    ports.roles.save(
        role(
            ALPHA, OPS_ROLE_ID, IamPath.ROOT, "ops", TestPolicies.trusting("111111111111"), 43200));

    AssumeRoleResult result =
        useCase.assumeRole(
            command(
                TestCallers.withSession(deployerSession()), "arn:aws:iam::111111111111:role/ops"));

    assertEquals(OPS_ROLE_ID + ":my-session", result.assumedRoleId());
  }

  static Stream<Arguments> chainedDurations() {
    return Stream.of(
        arguments("no duration: one hour", null, 3600),
        arguments("15 minutes", 900, 900),
        arguments("exactly one hour", 3600, 3600));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("chainedDurations")
  void givenChainedSessionWithinOneHour_assumeRole_grantsTheDuration(
      String description, Integer requested, int seconds) {
    givenOpsTrustsDeployerWithTwelveHourMaximum();

    AssumeRoleResult result =
        useCase.assumeRole(
            AssumeRoleCommand.of(
                TestCallers.withSession(deployerSession()),
                "arn:aws:iam::111111111111:role/ops",
                "chained",
                AssumeRoleCommand.Options.NONE.withDurationSeconds(requested)));

    assertEquals(TestClocks.NOW.plusSeconds(seconds), result.credentials().expiration());
  }

  @Test
  void givenChainedSession_assumeRole_refusesMoreThanOneHourEvenIfTheRoleAllowsTwelve() {
    givenOpsTrustsDeployerWithTwelveHourMaximum();

    InvalidRequestException error =
        assertThrows(
            InvalidRequestException.class,
            () ->
                useCase.assumeRole(
                    AssumeRoleCommand.of(
                        TestCallers.withSession(deployerSession()),
                        "arn:aws:iam::111111111111:role/ops",
                        "chained",
                        AssumeRoleCommand.Options.NONE.withDurationSeconds(3601))));

    assertEquals(ErrorCode.VALIDATION_ERROR, error.code());
    assertEquals(
        "The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.",
        error.getMessage());
  }

  @Test
  void givenUsersOwnSessionCredentials_assumeRole_isNotChainingAndMayLastLonger() {
    ports.roles.save(
        role(
            ALPHA,
            DEPLOYER_ROLE_ID,
            IamPath.ROOT,
            "deployer",
            TestPolicies.trusting(ALICE_ARN),
            43200));

    AssumeRoleResult result =
        useCase.assumeRole(
            AssumeRoleCommand.of(
                TestCallers.withSession(TestPrincipals.alice()),
                ALPHA_DEPLOYER,
                "my-session",
                AssumeRoleCommand.Options.NONE.withDurationSeconds(7200)));

    assertEquals(TestClocks.NOW.plusSeconds(7200), result.credentials().expiration());
  }

  // --- Duration against the role's maximum -----------------------------------------------------

  static Stream<Arguments> durations() {
    return Stream.of(
        arguments("no duration on a 12-hour role: one hour", 43200, null, 3600),
        arguments("the minimum", 3600, 900, 900),
        arguments("the role's maximum of four hours", 14400, 14400, 14400),
        arguments("twelve hours on a 12-hour role", 43200, 43200, 43200));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("durations")
  void givenDurationWithinTheRolesMaximum_assumeRole_expiresAfterIt(
      String description, int maxSeconds, Integer requested, int seconds) {
    ports.roles.save(
        role(
            ALPHA,
            DEPLOYER_ROLE_ID,
            IamPath.ROOT,
            "deployer",
            TestPolicies.trusting(ALICE_ARN),
            maxSeconds));

    AssumeRoleResult result =
        useCase.assumeRole(
            AssumeRoleCommand.of(
                alice(),
                ALPHA_DEPLOYER,
                "my-session",
                AssumeRoleCommand.Options.NONE.withDurationSeconds(requested)));

    assertEquals(TestClocks.NOW.plusSeconds(seconds), result.credentials().expiration());
  }

  @Test
  void givenDurationOverTheRolesMaximum_assumeRole_failsWithValidationError() {
    ports.roles.save(
        role(
            ALPHA,
            DEPLOYER_ROLE_ID,
            IamPath.ROOT,
            "deployer",
            TestPolicies.trusting(ALICE_ARN),
            3600));

    InvalidRequestException error =
        assertThrows(
            InvalidRequestException.class,
            () ->
                useCase.assumeRole(
                    AssumeRoleCommand.of(
                        alice(),
                        ALPHA_DEPLOYER,
                        "my-session",
                        AssumeRoleCommand.Options.NONE.withDurationSeconds(3601))));

    assertEquals(ErrorCode.VALIDATION_ERROR, error.code());
    assertEquals(
        "The requested DurationSeconds exceeds the MaxSessionDuration set for this role.",
        error.getMessage());
  }

  // --- What comes back ---------------------------------------------------------------------------

  @Test
  void givenRoleWithPath_assumeRole_returnsAwsFormattedIdentity() {
    ports.roles.save(
        role(
            ALPHA,
            DEPLOYER_ROLE_ID,
            new IamPath("/team/"),
            "deployer",
            TestPolicies.trusting(ALICE_ARN),
            3600));

    AssumeRoleResult result =
        useCase.assumeRole(
            AssumeRoleCommand.of(
                alice(),
                "arn:aws:iam::111111111111:role/team/deployer",
                "user@example.com",
                AssumeRoleCommand.Options.NONE));

    assertEquals(
        "arn:aws:sts::111111111111:assumed-role/deployer/user@example.com",
        result.assumedRoleArn());
    assertEquals("AROADEPLOYERAAAAAAAAA:user@example.com", result.assumedRoleId());
  }

  @Test
  void givenCrossAccountRole_assumeRole_issuesAnAsiaKeyOfTheRolesAccount() {
    ports.users.save(aliceWith(List.of(TestPolicies.allow("sts:AssumeRole", BETA_DEPLOYER))));
    ports.roles.save(
        role(
            BETA,
            DEPLOYER_ROLE_ID,
            IamPath.ROOT,
            "deployer",
            TestPolicies.trusting("111111111111"),
            3600));

    AssumeRoleResult result = useCase.assumeRole(command(alice(), BETA_DEPLOYER));

    assertTrue(result.credentials().accessKeyId().value().startsWith("ASIA"));
    assertEquals(20, result.credentials().accessKeyId().value().length());
    assertEquals(Optional.of(BETA), result.credentials().accessKeyId().encodedAccount());
    assertEquals(
        "arn:aws:sts::222222222222:assumed-role/deployer/my-session", result.assumedRoleArn());
  }

  @Test
  void givenAssumedRole_credentials_openWithTheKeyRingToTheRoleSession() {
    Role deployer =
        role(
            ALPHA,
            DEPLOYER_ROLE_ID,
            new IamPath("/team/"),
            "deployer",
            TestPolicies.trusting(ALICE_ARN),
            43200);
    ports.roles.save(deployer);

    AssumeRoleResult result =
        useCase.assumeRole(
            AssumeRoleCommand.of(
                alice(),
                "arn:aws:iam::111111111111:role/team/deployer",
                "my-session",
                AssumeRoleCommand.Options.NONE.withDurationSeconds(7200)));

    Session session =
        SessionTokenCodec.open(result.credentials().sessionToken(), ports.keyRing::find);
    assertEquals(deployer.session(RoleSessionName.of("my-session")), session.principal());
    assertEquals(result.credentials().accessKeyId(), session.accessKeyId());
    assertEquals(result.credentials().secretAccessKey(), session.secretAccessKey());
    assertEquals(TestClocks.NOW, session.issuedAt());
    assertEquals(TestClocks.NOW.plusSeconds(7200), session.expiresAt());
    assertEquals(TestClocks.NOW.plusSeconds(7200), result.credentials().expiration());
  }

  @Test
  void givenClockBetweenSeconds_assumeRole_expiresOnAWholeSecond() {
    ports.roles.save(
        role(
            ALPHA,
            DEPLOYER_ROLE_ID,
            IamPath.ROOT,
            "deployer",
            TestPolicies.trusting(ALICE_ARN),
            3600));
    Clock clock = Clock.fixed(Instant.parse("2025-01-01T00:00:00.750Z"), ZoneOffset.UTC);
    AssumeRoleUseCase atThreeQuarters = ports.useCases(clock).assumeRole();

    AssumeRoleResult result = atThreeQuarters.assumeRole(command(alice(), ALPHA_DEPLOYER));

    assertEquals(Instant.parse("2025-01-01T01:00:00Z"), result.credentials().expiration());
  }

  @Test
  void givenTwoAssumptions_credentials_differ() {
    ports.roles.save(
        role(
            ALPHA,
            DEPLOYER_ROLE_ID,
            IamPath.ROOT,
            "deployer",
            TestPolicies.trusting(ALICE_ARN),
            3600));

    AssumeRoleResult first = useCase.assumeRole(command(alice(), ALPHA_DEPLOYER));
    AssumeRoleResult second = useCase.assumeRole(command(alice(), ALPHA_DEPLOYER));

    assertNotEquals(first.credentials().accessKeyId(), second.credentials().accessKeyId());
    assertNotEquals(first.credentials().secretAccessKey(), second.credentials().secretAccessKey());
  }

  // --- Helpers -----------------------------------------------------------------------------------

  private void givenOpsTrustsDeployerWithTwelveHourMaximum() {
    ports.roles.save(
        role(ALPHA, DEPLOYER_ROLE_ID, IamPath.ROOT, "deployer", TestPolicies.trusting("*"), 3600));
    ports.roles.save(
        role(
            ALPHA, OPS_ROLE_ID, IamPath.ROOT, "ops", TestPolicies.trusting(ALPHA_DEPLOYER), 43200));
  }

  private static Caller alice() {
    return TestCallers.withLongTermKey(TestPrincipals.alice());
  }

  private static User aliceWith(List<PolicyDocument> policies) {
    Map<String, PolicyDocument> named = new LinkedHashMap<>();
    for (int i = 0; i < policies.size(); i++) {
      named.put("policy-" + i, policies.get(i));
    }
    return TestUsers.aUser(ALPHA, "alice", named);
  }

  private static AssumedRolePrincipal deployerSession() {
    return new AssumedRolePrincipal(
        ALPHA, DEPLOYER_ROLE_ID, IamPath.ROOT, "deployer", RoleSessionName.of("build-1"));
  }

  private static AssumeRoleCommand command(Caller caller, String roleArn) {
    return AssumeRoleCommand.of(caller, roleArn, "my-session", AssumeRoleCommand.Options.NONE);
  }

  private static Role role(
      AccountId account,
      String roleId,
      IamPath path,
      String name,
      PolicyDocument trust,
      int maxSeconds) {
    return role(account, roleId, path, name, trust, maxSeconds, Map.of());
  }

  private static Role role(
      AccountId account,
      String roleId,
      IamPath path,
      String name,
      PolicyDocument trust,
      int maxSeconds,
      Map<String, PolicyDocument> policies) {
    return new Role(
        account,
        roleId,
        path,
        name,
        trust,
        policies,
        Duration.ofSeconds(maxSeconds),
        List.of(),
        TestClocks.NOW);
  }
}
