package org.opensts.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opensts.application.port.in.delegation.CreateTradeInTokenCommand;
import org.opensts.application.port.in.delegation.CreateTradeInTokenResult;
import org.opensts.application.port.in.sts.GetDelegatedAccessTokenCommand;
import org.opensts.application.port.in.sts.GetDelegatedAccessTokenResult;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.credential.Session;
import org.opensts.domain.credential.SessionCaller;
import org.opensts.domain.credential.SessionContext;
import org.opensts.domain.credential.SessionTokenCodec;
import org.opensts.domain.credential.TradeInTokenCodec;
import org.opensts.domain.error.AccessDeniedException;
import org.opensts.domain.error.ErrorCode;
import org.opensts.domain.error.InvalidRequestException;
import org.opensts.domain.error.MalformedPolicyDocumentException;
import org.opensts.domain.error.StsException;
import org.opensts.domain.error.TradeInTokenException;
import org.opensts.domain.fixture.TestAccounts;
import org.opensts.domain.fixture.TestCallers;
import org.opensts.domain.fixture.TestClocks;
import org.opensts.domain.fixture.TestPolicies;
import org.opensts.domain.fixture.TestPrincipals;
import org.opensts.domain.fixture.TestRoles;
import org.opensts.domain.fixture.TestSessions;
import org.opensts.domain.fixture.TestUsers;
import org.opensts.domain.identity.FederatedUserPrincipal;
import org.opensts.domain.identity.Principal;
import org.opensts.domain.policy.PolicyDocument;

/**
 * Temporary delegation: a customer identity allowed {@code iam:SendDelegationToken} grants a
 * partner account a policy's worth of its permissions as a trade-in token; a principal of that
 * partner account allowed {@code sts:GetDelegatedAccessToken} trades it in, before it expires, for
 * credentials of the customer identity limited by the granted policy.
 */
class DelegationServicesTest {

  private static final String GRANT = "grant: iam:ListUsers and iam:DeleteUser";
  private static final String ALICE_ARN = "arn:aws:iam::111111111111:user/alice";
  private static final Clock CLOCK = TestClocks.fixed();

  /** Neither the grantor's account nor the partner's. */
  private static final AccountId THIRD_ACCOUNT = AccountId.of("333333333333");

  private final TestPorts ports = new TestPorts();
  private final StsUseCases core = ports.useCases(CLOCK);
  private final DelegationUseCases delegation = delegation(CLOCK);

  DelegationServicesTest() {
    ports.policyParser.define(
        GRANT,
        TestPolicies.combine(
            TestPolicies.allow("iam:ListUsers", "*"), TestPolicies.allow("iam:DeleteUser", "*")));
    saveUser(
        TestAccounts.ALPHA,
        "alice",
        TestPolicies.allow("iam:SendDelegationToken", "*"),
        TestPolicies.allow("iam:ListUsers", "*"),
        TestPolicies.allow("iam:CreateUser", "*"));
    saveUser(TestAccounts.BETA, "partner", TestPolicies.allow("sts:GetDelegatedAccessToken", "*"));
  }

  // --- Granting --------------------------------------------------------------------------------

  @Test
  void givenAUserAllowedToSendDelegationTokens_createTradeInToken_grantsItsOwnPermissions() {
    CreateTradeInTokenResult result = grantByAlice(7200);

    assertEquals(ALICE_ARN, result.assumedPrincipal());
    assertEquals(TestClocks.NOW.plus(Duration.ofMinutes(15)), result.expiration());
  }

  @Test
  void givenAUserWithoutSendDelegationToken_createTradeInToken_failsWithAccessDenied() {
    saveUser(TestAccounts.ALPHA, "alice", TestPolicies.allow("iam:ListUsers", "*"));

    AccessDeniedException error =
        assertThrows(AccessDeniedException.class, () -> grantByAlice(900));

    assertEquals(
        "User: "
            + ALICE_ARN
            + " is not authorized to perform: iam:SendDelegationToken on resource: "
            + ALICE_ARN
            + " because no identity-based policy allows the iam:SendDelegationToken action",
        error.getMessage());
  }

  static Stream<Arguments> grantorsThatCannotDelegate() {
    Session plain = TestSessions.aSession(TestPrincipals.deployerSession("ops"));
    Session narrowed =
        new Session(
            plain.accessKeyId(),
            plain.secretAccessKey(),
            plain.principal(),
            plain.issuedAt(),
            plain.expiresAt(),
            new SessionContext(List.of(GRANT), List.of(), List.of(), null, null, null, null));
    return Stream.of(
        arguments("the account root", TestCallers.withLongTermKey(TestPrincipals.root())),
        arguments(
            "a federated user",
            TestCallers.withSession(
                new FederatedUserPrincipal(TestAccounts.ALPHA, "bob", TestPrincipals.alice()))),
        arguments(
            "a role session with session policies",
            new SessionCaller(narrowed, TestCallers.ORIGIN)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("grantorsThatCannotDelegate")
  void givenAGrantorWhosePermissionsCannotBeNarrowed_createTradeInToken_failsWithAccessDenied(
      String description, Caller caller) {
    AccessDeniedException error =
        assertThrows(AccessDeniedException.class, () -> grant(caller, 900));

    assertEquals(
        "Only an IAM user or a role session without session policies can delegate access.",
        error.getMessage());
  }

  @Test
  void givenAMalformedPolicy_createTradeInToken_failsWithMalformedPolicyDocument() {
    CreateTradeInTokenCommand command =
        new CreateTradeInTokenCommand(
            TestCallers.withLongTermKey(TestPrincipals.alice()),
            TestAccounts.BETA.value(),
            TestPorts.Parser.MALFORMED,
            900);

    assertThrows(
        MalformedPolicyDocumentException.class,
        () -> delegation.createTradeInToken().createTradeInToken(command));
  }

  static Stream<Arguments> badMembers() {
    return Stream.of(
        arguments("a session shorter than 300 seconds", "222222222222", GRANT, 299),
        arguments("a session longer than 43200 seconds", "222222222222", GRANT, 43201),
        arguments("no session duration", "222222222222", GRANT, null),
        arguments("a partner account id that is not 12 digits", "2222", GRANT, 900),
        arguments("no partner account", null, GRANT, 900),
        arguments("no policy", "222222222222", null, 900),
        arguments("a policy over 2048 characters", "222222222222", "x".repeat(2049), 900));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badMembers")
  void givenAMemberOutsideItsConstraints_command_failsWithValidationError(
      String description, String partner, String policy, Integer seconds) {
    Caller alice = TestCallers.withLongTermKey(TestPrincipals.alice());

    InvalidRequestException error =
        assertThrows(
            InvalidRequestException.class,
            () -> new CreateTradeInTokenCommand(alice, partner, policy, seconds));

    assertEquals(ErrorCode.VALIDATION_ERROR, error.code());
  }

  // --- Trading in ------------------------------------------------------------------------------

  @Test
  void givenTheGrantedPartner_getDelegatedAccessToken_issuesTheGrantorsSessionWithThePolicy() {
    String token = grantByAlice(7200).tradeInToken();

    GetDelegatedAccessTokenResult result = exchange(partnerCaller(), token);

    Session session = open(result);
    assertEquals(ALICE_ARN, result.assumedPrincipal());
    assertEquals(TestPrincipals.alice(), session.principal());
    assertEquals(List.of(GRANT), session.context().sessionPolicies());
    assertEquals(TestClocks.NOW.plusSeconds(7200), result.credentials().expiration());
  }

  static Stream<Arguments> delegatedPermissions() {
    return Stream.of(
        arguments("allowed to the grantor and granted", "iam:ListUsers", true),
        arguments("allowed to the grantor, not granted", "iam:CreateUser", false),
        arguments("granted, not allowed to the grantor", "iam:DeleteUser", false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("delegatedPermissions")
  void givenDelegatedCredentials_anAction_isAllowedOnlyWhenGrantorAndGrantBothAllowIt(
      String description, String action, boolean allowed) {
    Session session = open(exchange(partnerCaller(), grantByAlice(900).tradeInToken()));

    boolean decided =
        core.callerPermissions()
            .decide(
                new SessionCaller(session, TestCallers.ORIGIN),
                action,
                "*",
                core.requestKeys().of(new SessionCaller(session, TestCallers.ORIGIN)).build())
            .isAllowed();

    assertEquals(allowed, decided);
  }

  @Test
  void givenARoleSessionGrantor_getDelegatedAccessToken_namesTheRoleAndKeepsItsMaximum() {
    ports.roles.save(
        TestRoles.withPolicy(
            TestRoles.aRole(), "send", TestPolicies.allow("iam:SendDelegationToken", "*")));
    Caller deployer = TestCallers.withSession(TestPrincipals.deployerSession("console"));

    GetDelegatedAccessTokenResult result =
        exchange(partnerCaller(), grant(deployer, 7200).tradeInToken());

    assertEquals("arn:aws:iam::111111111111:role/deployer", result.assumedPrincipal());
    assertEquals(TestPrincipals.deployerSession("console"), open(result).principal());
    // The role's maximum session duration is one hour.
    assertEquals(TestClocks.NOW.plusSeconds(3600), result.credentials().expiration());
  }

  @Test
  void givenTheRootOfThePartnerAccount_getDelegatedAccessToken_needsNoPolicy() {
    String token = grantByAlice(900).tradeInToken();

    GetDelegatedAccessTokenResult result =
        exchange(TestCallers.withLongTermKey(TestPrincipals.root(TestAccounts.BETA)), token);

    assertEquals(ALICE_ARN, result.assumedPrincipal());
  }

  @Test
  void givenAPartnerWithoutThePermission_getDelegatedAccessToken_failsWithAccessDenied() {
    saveUser(TestAccounts.BETA, "partner", TestPolicies.allow("sts:GetCallerIdentity", "*"));
    String token = grantByAlice(900).tradeInToken();

    AccessDeniedException error =
        assertThrows(AccessDeniedException.class, () -> exchange(partnerCaller(), token));

    assertEquals(
        "User: arn:aws:iam::222222222222:user/partner is not authorized to perform:"
            + " sts:GetDelegatedAccessToken on resource: * because no identity-based policy"
            + " allows the sts:GetDelegatedAccessToken action",
        error.getMessage());
  }

  @Test
  void givenAPrincipalOfAnotherAccount_getDelegatedAccessToken_failsWithAccessDenied() {
    String token = grantByAlice(900).tradeInToken();
    Caller other = TestCallers.withLongTermKey(TestPrincipals.root(THIRD_ACCOUNT));

    AccessDeniedException error =
        assertThrows(AccessDeniedException.class, () -> exchange(other, token));

    assertEquals(
        "The trade-in token was not issued to account " + THIRD_ACCOUNT.value(),
        error.getMessage());
  }

  @Test
  void givenAnExpiredToken_getDelegatedAccessToken_failsWithExpiredTradeInToken() {
    String token = grantByAlice(900).tradeInToken();
    DelegationUseCases later =
        delegation(Clock.offset(CLOCK, Duration.ofMinutes(15).plusSeconds(1)));

    TradeInTokenException error =
        assertThrows(
            TradeInTokenException.class,
            () ->
                later
                    .getDelegatedAccessToken()
                    .getDelegatedAccessToken(
                        new GetDelegatedAccessTokenCommand(partnerCaller(), token)));

    assertEquals(ErrorCode.EXPIRED_TRADE_IN_TOKEN, error.code());
    assertEquals("The trade-in token has expired.", error.getMessage());
  }

  @Test
  void givenATokenAtItsLastInstant_getDelegatedAccessToken_stillExchangesIt() {
    String token = grantByAlice(900).tradeInToken();
    DelegationUseCases later = delegation(Clock.offset(CLOCK, Duration.ofMinutes(15)));

    GetDelegatedAccessTokenResult result =
        later
            .getDelegatedAccessToken()
            .getDelegatedAccessToken(new GetDelegatedAccessTokenCommand(partnerCaller(), token));

    assertEquals(ALICE_ARN, result.assumedPrincipal());
  }

  @Test
  void givenSomethingThisServerDidNotSeal_getDelegatedAccessToken_failsWithInvalidParameterValue() {
    StsException error =
        assertThrows(StsException.class, () -> exchange(partnerCaller(), "garbage"));

    assertEquals(ErrorCode.INVALID_PARAMETER_VALUE, error.code());
    assertEquals(TradeInTokenCodec.INVALID_TOKEN, error.getMessage());
  }

  @Test
  void givenNoToken_command_failsWithValidationError() {
    InvalidRequestException error =
        assertThrows(
            InvalidRequestException.class,
            () -> new GetDelegatedAccessTokenCommand(partnerCaller(), null));

    assertEquals(ErrorCode.VALIDATION_ERROR, error.code());
  }

  // --- Helpers ---------------------------------------------------------------------------------

  private DelegationUseCases delegation(Clock clock) {
    return DelegationUseCases.create(
        core,
        new DelegationUseCases.Ports(ports.keyRing, ports.policyParser),
        clock,
        new SplittableRandom(23));
  }

  private void saveUser(AccountId account, String name, PolicyDocument... policies) {
    Map<String, PolicyDocument> named = new LinkedHashMap<>();
    for (int i = 0; i < policies.length; i++) {
      named.put("policy-" + i, policies[i]);
    }
    ports.users.save(TestUsers.aUser(account, name, named));
  }

  private CreateTradeInTokenResult grantByAlice(int seconds) {
    return grant(TestCallers.withLongTermKey(TestPrincipals.alice()), seconds);
  }

  private CreateTradeInTokenResult grant(Caller caller, int seconds) {
    return delegation
        .createTradeInToken()
        .createTradeInToken(
            new CreateTradeInTokenCommand(caller, TestAccounts.BETA.value(), GRANT, seconds));
  }

  private static Caller partnerCaller() {
    Principal partner = TestPrincipals.user(TestAccounts.BETA, "partner");
    return TestCallers.withLongTermKey(partner);
  }

  private GetDelegatedAccessTokenResult exchange(Caller caller, String token) {
    return delegation
        .getDelegatedAccessToken()
        .getDelegatedAccessToken(new GetDelegatedAccessTokenCommand(caller, token));
  }

  private Session open(GetDelegatedAccessTokenResult result) {
    return SessionTokenCodec.open(result.credentials().sessionToken(), ports.keyRing::find);
  }
}
