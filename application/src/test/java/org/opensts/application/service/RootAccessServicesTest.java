package org.opensts.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opensts.application.port.in.iam.OrganizationsFeaturesCommand;
import org.opensts.application.port.in.iam.OrganizationsFeaturesResult;
import org.opensts.application.port.in.sts.AssumeRootCommand;
import org.opensts.application.port.in.sts.AssumeRootResult;
import org.opensts.application.port.out.OrganizationStore;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.credential.Session;
import org.opensts.domain.credential.SessionCaller;
import org.opensts.domain.credential.SessionContext;
import org.opensts.domain.credential.SessionTokenCodec;
import org.opensts.domain.error.ErrorCode;
import org.opensts.domain.error.StsException;
import org.opensts.domain.fixture.TestAccounts;
import org.opensts.domain.fixture.TestCallers;
import org.opensts.domain.fixture.TestClocks;
import org.opensts.domain.fixture.TestConditions;
import org.opensts.domain.fixture.TestPolicies;
import org.opensts.domain.fixture.TestPrincipals;
import org.opensts.domain.fixture.TestSealingKeys;
import org.opensts.domain.fixture.TestSessions;
import org.opensts.domain.fixture.TestUsers;
import org.opensts.domain.identity.AccountRootPrincipal;
import org.opensts.domain.identity.Principal;
import org.opensts.domain.organization.Organization;
import org.opensts.domain.organization.OrganizationFeature;
import org.opensts.domain.organization.RootTaskPolicy;
import org.opensts.domain.policy.PolicyDocument;

/**
 * Centralized root access: AssumeRoot from an organization's management account gives a short
 * session as a member account's root, limited by a task policy; IAM's organization feature
 * operations turn it on and off. ALPHA manages the organization, BETA is a member, GAMMA is in
 * none.
 */
class RootAccessServicesTest {

  private static final AccountId ALPHA = TestAccounts.ALPHA;
  private static final AccountId BETA = TestAccounts.BETA;
  private static final AccountId GAMMA = AccountId.of("333333333333");
  private static final String AUDIT = RootTaskPolicy.IAM_AUDIT_ROOT_USER_CREDENTIALS.arn();
  private static final String DELETE = RootTaskPolicy.IAM_DELETE_ROOT_USER_CREDENTIALS.arn();
  private static final String BETA_ROOT = "arn:aws:iam::222222222222:root";

  private final TestPorts ports = new TestPorts();
  private final Organizations organizations = new Organizations();
  private final StsUseCases core = ports.useCases(TestClocks.fixed());
  private final RootAccessUseCases useCases =
      RootAccessUseCases.create(core, new RootAccessUseCases.Ports(ports.accounts, organizations));

  RootAccessServicesTest() {
    organizations.save(
        new Organization(
            "o-exampleorgid1",
            ALPHA,
            Set.of(BETA),
            Set.of(
                OrganizationFeature.ROOT_CREDENTIALS_MANAGEMENT,
                OrganizationFeature.ROOT_SESSIONS)));
  }

  private void aliceMayAssumeRoot(PolicyDocument policy) {
    ports.users.save(TestUsers.aUser(ALPHA, "alice", Map.of("root", policy)));
  }

  private AssumeRootResult assumeRoot(Caller caller, String target, Integer seconds) {
    return useCases.assumeRoot().assumeRoot(AssumeRootCommand.of(caller, target, AUDIT, seconds));
  }

  private static Session opened(AssumeRootResult result) {
    return SessionTokenCodec.open(
        result.credentials().sessionToken(), TestSealingKeys.ring(TestSealingKeys.key()));
  }

  @Test
  void givenManagementUserAllowedAssumeRoot_assumeRoot_givesTheMemberRootScopedByTheTaskPolicy() {
    aliceMayAssumeRoot(TestPolicies.allow("sts:AssumeRoot", "arn:aws:iam::*:root"));

    AssumeRootResult result =
        assumeRoot(TestCallers.withLongTermKey(TestPrincipals.alice()), BETA_ROOT, null);

    Session session = opened(result);
    assertEquals(new AccountRootPrincipal(BETA), session.principal());
    assertEquals(AUDIT, session.context().taskPolicyArn());
    assertEquals(
        Duration.ofSeconds(900), Duration.between(session.issuedAt(), session.expiresAt()));
    assertNull(result.sourceIdentity());
  }

  @Test
  void givenCallerSessionWithSourceIdentity_assumeRoot_passesItOn() {
    aliceMayAssumeRoot(TestPolicies.allow("sts:AssumeRoot", BETA_ROOT));
    Session plain = TestSessions.aSession(TestPrincipals.alice());
    SessionCaller caller =
        new SessionCaller(
            new Session(
                plain.accessKeyId(),
                plain.secretAccessKey(),
                plain.principal(),
                plain.issuedAt(),
                plain.expiresAt(),
                new SessionContext(List.of(), List.of(), List.of(), "ops-alice", null, null, null)),
            TestCallers.ORIGIN);

    AssumeRootResult result = assumeRoot(caller, "222222222222", 60);

    assertEquals("ops-alice", result.sourceIdentity());
    assertEquals("ops-alice", opened(result).context().sourceIdentity());
  }

  static Stream<Arguments> durations() {
    return Stream.of(
        arguments("none asked: 900 seconds", null, 900),
        arguments("the 900-second maximum", 900, 900),
        arguments("five minutes", 300, 300),
        arguments("0, the model's minimum: the shortest session, one second", 0, 1));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("durations")
  void givenDuration_assumeRoot_issuesSessionOfThatLength(
      String description, Integer requested, long seconds) {
    aliceMayAssumeRoot(TestPolicies.allow("sts:AssumeRoot", "*"));

    Session session =
        opened(
            assumeRoot(TestCallers.withLongTermKey(TestPrincipals.alice()), BETA_ROOT, requested));

    assertEquals(
        Duration.ofSeconds(seconds), Duration.between(session.issuedAt(), session.expiresAt()));
  }

  static Stream<Arguments> denials() {
    return Stream.of(
        arguments(
            "the management account's root",
            TestPrincipals.root(ALPHA),
            BETA_ROOT,
            "Cannot call AssumeRoot with root user credentials"),
        arguments(
            "a user of a member account",
            TestPrincipals.user(BETA, "bob"),
            "arn:aws:iam::333333333333:root",
            "User: arn:aws:iam::222222222222:user/bob is not authorized to perform: sts:AssumeRoot"
                + " on resource: arn:aws:iam::333333333333:root because the account 222222222222"
                + " is not the management account of an organization"),
        arguments(
            "a user of an account in no organization",
            TestPrincipals.user(GAMMA, "carol"),
            BETA_ROOT,
            "User: arn:aws:iam::333333333333:user/carol is not authorized to perform:"
                + " sts:AssumeRoot on resource: arn:aws:iam::222222222222:root because the account"
                + " 333333333333 is not the management account of an organization"),
        arguments(
            "a target that is not a member",
            TestPrincipals.alice(),
            "333333333333",
            "User: arn:aws:iam::111111111111:user/alice is not authorized to perform:"
                + " sts:AssumeRoot on resource: arn:aws:iam::333333333333:root because"
                + " 333333333333 is not a member account of the organization o-exampleorgid1"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("denials")
  void givenCallerOrTargetOutsideTheRules_assumeRoot_failsWithAccessDenied(
      String description, Principal caller, String target, String message) {
    aliceMayAssumeRoot(TestPolicies.allow("sts:AssumeRoot", "*"));

    StsException error =
        assertThrows(
            StsException.class,
            () -> assumeRoot(TestCallers.withLongTermKey(caller), target, null));

    assertEquals(ErrorCode.ACCESS_DENIED, error.code());
    assertEquals(message, error.getMessage());
  }

  static Stream<Arguments> policies() {
    return Stream.of(
        arguments("no policy at all", TestPolicies.allow("sts:GetCallerIdentity", "*")),
        arguments(
            "another account's root only",
            TestPolicies.allow("sts:AssumeRoot", "arn:aws:iam::444444444444:root")),
        arguments(
            "another task policy only",
            TestPolicies.of(
                TestPolicies.allowWhen(
                    "sts:AssumeRoot",
                    "*",
                    TestConditions.condition("StringEquals", "sts:TaskPolicyArn", DELETE)))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("policies")
  void givenPolicyNotAllowingThisAssumeRoot_assumeRoot_failsWithAccessDenied(
      String description, PolicyDocument policy) {
    aliceMayAssumeRoot(policy);

    StsException error =
        assertThrows(
            StsException.class,
            () -> assumeRoot(TestCallers.withLongTermKey(TestPrincipals.alice()), BETA_ROOT, null));

    assertEquals(ErrorCode.ACCESS_DENIED, error.code());
    assertEquals(
        "User: arn:aws:iam::111111111111:user/alice is not authorized to perform: sts:AssumeRoot"
            + " on resource: arn:aws:iam::222222222222:root",
        error.getMessage());
  }

  @Test
  void givenConditionOnTheTaskPolicyUsed_assumeRoot_succeeds() {
    aliceMayAssumeRoot(
        TestPolicies.of(
            TestPolicies.allowWhen(
                "sts:AssumeRoot",
                "*",
                TestConditions.condition("StringEquals", "sts:TaskPolicyArn", AUDIT))));

    Session session =
        opened(assumeRoot(TestCallers.withLongTermKey(TestPrincipals.alice()), BETA_ROOT, null));

    assertEquals(AUDIT, session.context().taskPolicyArn());
  }

  @Test
  void givenRootSessionsDisabled_assumeRoot_failsWithAccessDenied() {
    aliceMayAssumeRoot(TestPolicies.allow("sts:AssumeRoot", "*"));
    useCases
        .disableOrganizationsRootSessions()
        .disableOrganizationsRootSessions(
            new OrganizationsFeaturesCommand(TestCallers.withLongTermKey(TestPrincipals.root())));

    StsException error =
        assertThrows(
            StsException.class,
            () -> assumeRoot(TestCallers.withLongTermKey(TestPrincipals.alice()), BETA_ROOT, null));

    assertEquals(ErrorCode.ACCESS_DENIED, error.code());
    assertEquals(
        "User: arn:aws:iam::111111111111:user/alice is not authorized to perform: sts:AssumeRoot"
            + " on resource: arn:aws:iam::222222222222:root because root sessions are not enabled"
            + " for the organization o-exampleorgid1",
        error.getMessage());
  }

  static Stream<Arguments> invalidCommands() {
    return Stream.of(
        arguments("DurationSeconds 901", BETA_ROOT, AUDIT, 901),
        arguments("no TaskPolicyArn", BETA_ROOT, null, null),
        arguments("no TargetPrincipal", null, AUDIT, null),
        arguments("a TargetPrincipal of 11 characters", "22222222222", AUDIT, null),
        arguments("a user's ARN as target", "arn:aws:iam::222222222222:user/bob", AUDIT, null),
        arguments(
            "a customer managed policy as task policy",
            BETA_ROOT,
            "arn:aws:iam::111111111111:policy/root-task/IAMAuditRootUserCredentials",
            null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidCommands")
  void givenParameterOutsideTheModel_assumeRootCommand_failsWithValidationError(
      String description, String target, String taskPolicyArn, Integer seconds) {
    Caller caller = TestCallers.withLongTermKey(TestPrincipals.alice());

    StsException error =
        assertThrows(
            StsException.class, () -> AssumeRootCommand.of(caller, target, taskPolicyArn, seconds));

    assertEquals(ErrorCode.VALIDATION_ERROR, error.code());
  }

  private SessionCaller rootSession(AccountId account, String taskPolicyArn) {
    Session plain = TestSessions.aSession(new AccountRootPrincipal(account));
    return new SessionCaller(
        new Session(
            plain.accessKeyId(),
            plain.secretAccessKey(),
            plain.principal(),
            plain.issuedAt(),
            plain.expiresAt(),
            SessionContext.rootTask(taskPolicyArn, null)),
        TestCallers.ORIGIN);
  }

  @Test
  void givenRootSession_iam_allowsWhatTheTaskPolicyDoesNotDeny() {
    // The stand-in parser gives the task policy's text this document.
    ports.policyParser.define(
        RootTaskPolicy.IAM_AUDIT_ROOT_USER_CREDENTIALS.document(),
        TestPolicies.deny("iam:CreateUser", "*"));
    IamAuthorizer authorizer = core.iamAuthorizer();
    SessionCaller caller = rootSession(BETA, AUDIT);

    authorizer.authorize(caller, "iam:ListAccessKeys", BETA_ROOT);
    StsException error =
        assertThrows(
            StsException.class,
            () ->
                authorizer.authorize(
                    caller, "iam:CreateUser", "arn:aws:iam::222222222222:user/mallory"));

    assertEquals(ErrorCode.ACCESS_DENIED, error.code());
    assertEquals(
        "User: arn:aws:iam::222222222222:root is not authorized to perform: iam:CreateUser on"
            + " resource: arn:aws:iam::222222222222:user/mallory with an explicit deny in an"
            + " identity-based policy",
        error.getMessage());
  }

  @Test
  void givenRootSessionWithoutTaskPolicyOrMfa_iam_stillRefusesIt() {
    SessionCaller caller = TestCallers.withSession(TestPrincipals.root(BETA));

    StsException error =
        assertThrows(
            StsException.class,
            () -> core.iamAuthorizer().authorize(caller, "iam:ListAccessKeys", BETA_ROOT));

    assertEquals(ErrorCode.INVALID_CLIENT_TOKEN_ID, error.code());
  }

  private OrganizationsFeaturesCommand as(Principal principal) {
    return new OrganizationsFeaturesCommand(TestCallers.withLongTermKey(principal));
  }

  @Test
  void givenManagementRoot_enableAndDisable_changeTheFeaturesAndSayWhichAreEnabled() {
    OrganizationsFeaturesResult disabled =
        useCases
            .disableOrganizationsRootCredentialsManagement()
            .disableOrganizationsRootCredentialsManagement(as(TestPrincipals.root()));
    OrganizationsFeaturesResult listed =
        useCases.listOrganizationsFeatures().listOrganizationsFeatures(as(TestPrincipals.root()));
    OrganizationsFeaturesResult enabled =
        useCases
            .enableOrganizationsRootCredentialsManagement()
            .enableOrganizationsRootCredentialsManagement(as(TestPrincipals.root()));

    assertEquals(
        new OrganizationsFeaturesResult(
            "o-exampleorgid1", List.of(OrganizationFeature.ROOT_SESSIONS)),
        disabled);
    assertEquals(disabled, listed);
    assertEquals(
        List.of(OrganizationFeature.ROOT_CREDENTIALS_MANAGEMENT, OrganizationFeature.ROOT_SESSIONS),
        enabled.enabledFeatures());
    assertEquals(
        enabled.enabledFeatures(),
        organizations.ofAccount(ALPHA).orElseThrow().enabledFeatures().stream().sorted().toList());
  }

  static Stream<Arguments> featureErrors() {
    return Stream.of(
        arguments(
            "a member account's root",
            TestPrincipals.root(BETA),
            ErrorCode.ACCOUNT_NOT_MANAGEMENT_OR_DELEGATED_ADMINISTRATOR),
        arguments(
            "the root of an account in no organization",
            TestPrincipals.root(GAMMA),
            ErrorCode.ORGANIZATION_NOT_FOUND),
        arguments(
            "a management user without iam:ListOrganizationsFeatures",
            TestPrincipals.alice(),
            ErrorCode.ACCESS_DENIED));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("featureErrors")
  void givenCallerNotManagingAnOrganization_listOrganizationsFeatures_fails(
      String description, Principal caller, ErrorCode code) {
    ports.users.save(TestUsers.aUser(ALPHA, "alice", Map.of()));

    StsException error =
        assertThrows(
            StsException.class,
            () -> useCases.listOrganizationsFeatures().listOrganizationsFeatures(as(caller)));

    assertEquals(code, error.code());
  }

  @Test
  void givenManagementUserAllowedTheAction_listOrganizationsFeatures_succeeds() {
    ports.users.save(
        TestUsers.aUser(
            ALPHA, "alice", Map.of("p", TestPolicies.allow("iam:ListOrganizationsFeatures", "*"))));

    OrganizationsFeaturesResult result =
        useCases.listOrganizationsFeatures().listOrganizationsFeatures(as(TestPrincipals.alice()));

    assertEquals("o-exampleorgid1", result.organizationId());
  }

  /** One organization per account, as the port promises. */
  private static final class Organizations implements OrganizationStore {
    private final List<Organization> all = new ArrayList<>();

    @Override
    public Optional<Organization> ofAccount(AccountId account) {
      return all.stream()
          .filter(o -> o.managementAccount().equals(account) || o.isMember(account))
          .findFirst();
    }

    @Override
    public List<Organization> all() {
      return List.copyOf(all);
    }

    @Override
    public void save(Organization organization) {
      all.removeIf(o -> o.id().equals(organization.id()));
      all.add(organization);
    }
  }
}
