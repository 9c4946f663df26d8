package org.opensts.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opensts.application.port.in.sts.GetFederationTokenCommand;
import org.opensts.application.port.in.sts.GetFederationTokenResult;
import org.opensts.application.port.in.sts.GetFederationTokenUseCase;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.credential.Session;
import org.opensts.domain.credential.SessionCaller;
import org.opensts.domain.credential.SessionPolicyParameters;
import org.opensts.domain.credential.SessionTokenCodec;
import org.opensts.domain.error.AccessDeniedException;
import org.opensts.domain.error.ErrorCode;
import org.opensts.domain.error.InvalidRequestException;
import org.opensts.domain.error.MalformedPolicyDocumentException;
import org.opensts.domain.fixture.TestAccounts;
import org.opensts.domain.fixture.TestCallers;
import org.opensts.domain.fixture.TestClocks;
import org.opensts.domain.fixture.TestConditions;
import org.opensts.domain.fixture.TestPolicies;
import org.opensts.domain.fixture.TestPrincipals;
import org.opensts.domain.fixture.TestUsers;
import org.opensts.domain.identity.FederatedUserPrincipal;
import org.opensts.domain.identity.IamUserPrincipal;
import org.opensts.domain.identity.Principal;
import org.opensts.domain.identity.Tag;
import org.opensts.domain.policy.ConditionKeys;
import org.opensts.domain.policy.PolicyDocument;

/**
 * GetFederationToken as AWS documents it: only long-term keys may call it, the caller's policies
 * must allow {@code sts:GetFederationToken} (and {@code sts:TagSession} with tags) on the federated
 * user, and the federated session holds the intersection of the caller's permissions and its
 * session policies, nothing without one.
 */
class GetFederationTokenServiceTest {

  private static final String ALICE_ARN = "arn:aws:iam::111111111111:user/alice";
  private static final String BOB_FEDERATED = "arn:aws:sts::111111111111:federated-user/bob";
  private static final PolicyDocument MAY_FEDERATE =
      TestPolicies.allow("sts:GetFederationToken", "*");
  private static final PolicyDocument MAY_TAG = TestPolicies.allow("sts:TagSession", "*");

  private final TestPorts ports = new TestPorts();
  private final GetFederationTokenUseCase useCase =
      ports.useCases(TestClocks.fixed()).getFederationToken();

  // --- Who may call it -------------------------------------------------------------------------

  static Stream<Arguments> sessionCallers() {
    return Stream.of(
        arguments("a user's own session", TestPrincipals.alice()),
        arguments("the root's session", TestPrincipals.root()),
        arguments("a role session", TestPrincipals.deployerSession("build-1")),
        arguments(
            "a federated user's session",
            new FederatedUserPrincipal(TestAccounts.ALPHA, "bob", TestPrincipals.alice())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sessionCallers")
  void givenSessionCredentials_getFederationToken_failsWithAccessDenied(
      String description, Principal principal) {
    GetFederationTokenCommand command = command(TestCallers.withSession(principal), "bob");

    AccessDeniedException error =
        assertThrows(AccessDeniedException.class, () -> useCase.getFederationToken(command));

    assertEquals(ErrorCode.ACCESS_DENIED, error.code());
    assertEquals("Cannot call GetFederationToken with session credentials", error.getMessage());
  }

  static Stream<Arguments> callerPolicies() {
    return Stream.of(
        arguments("no policy at all", List.of(), true, false),
        arguments(
            "a policy for another federated user",
            List.of(
                TestPolicies.allow(
                    "sts:GetFederationToken", "arn:aws:sts::111111111111:federated-user/carol")),
            true,
            false),
        arguments("a policy for another action", List.of(MAY_TAG), true, false),
        arguments(
            "an allow and an explicit deny",
            List.of(MAY_FEDERATE, TestPolicies.deny("sts:GetFederationToken", "*")),
            true,
            true),
        arguments(
            "a policy naming this federated user",
            List.of(TestPolicies.allow("sts:GetFederationToken", BOB_FEDERATED)),
            false,
            false),
        arguments(
            "a policy for every federated user",
            List.of(
                TestPolicies.allow(
                    "sts:GetFederationToken", "arn:aws:sts::111111111111:federated-user/*")),
            false,
            false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("callerPolicies")
  void givenUsersPolicies_getFederationToken_isAllowedOnlyWhenTheyAllowThisFederatedUser(
      String description, List<PolicyDocument> policies, boolean denied, boolean explicit) {
    saveAlice(policies);
    GetFederationTokenCommand command = command(aliceCaller(), "bob");

    if (!denied) {
      assertEquals(BOB_FEDERATED, useCase.getFederationToken(command).federatedUserArn());
      return;
    }
    AccessDeniedException error =
        assertThrows(AccessDeniedException.class, () -> useCase.getFederationToken(command));
    String reason =
        explicit
            ? " with an explicit deny in an identity-based policy"
            : " because no identity-based policy allows the sts:GetFederationToken action";
    assertEquals(
        "User: "
            + ALICE_ARN
            + " is not authorized to perform: sts:GetFederationToken on resource: "
            + BOB_FEDERATED
            + reason,
        error.getMessage());
  }

  @Test
  void givenRootWithoutAnyPolicy_getFederationToken_isAllowed() {
    GetFederationTokenResult result =
        useCase.getFederationToken(
            command(TestCallers.withLongTermKey(TestPrincipals.root()), "bob"));

    assertEquals(BOB_FEDERATED, result.federatedUserArn());
  }

  // --- Session tags ----------------------------------------------------------------------------

  @Test
  void givenTagsWithoutTagSessionPermission_getFederationToken_failsWithAccessDenied() {
    saveAlice(List.of(MAY_FEDERATE));
    GetFederationTokenCommand command =
        withTags(aliceCaller(), List.of(new Tag("project", "blue")));

    AccessDeniedException error =
        assertThrows(AccessDeniedException.class, () -> useCase.getFederationToken(command));

    assertEquals(
        "User: "
            + ALICE_ARN
            + " is not authorized to perform: sts:TagSession on resource: "
            + BOB_FEDERATED
            + " because no identity-based policy allows the sts:TagSession action",
        error.getMessage());
  }

  @Test
  void givenTagsAndTagSessionPermission_getFederationToken_sealsTheTagsIntoTheSession() {
    saveAlice(List.of(MAY_FEDERATE, MAY_TAG));
    List<Tag> tags = List.of(new Tag("project", "blue"), new Tag("team", "red"));

    GetFederationTokenResult result = useCase.getFederationToken(withTags(aliceCaller(), tags));

    Session session = open(result);
    assertEquals(tags, session.context().tags());
    assertEquals(List.of(), session.context().transitiveTagKeys());
    assertTrue(result.packedPolicySize() > 0);
  }

  static Stream<Arguments> tagConditions() {
    return Stream.of(
        arguments("the requested tag has the allowed value", "blue", "project", true),
        arguments("the requested tag has another value", "green", "project", false),
        arguments("an unlisted tag key is passed", "blue", "cost-center", false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tagConditions")
  void givenPolicyConditionsOnRequestTags_getFederationToken_seesTheRequestedTags(
      String description, String value, String key, boolean allowed) {
    saveAlice(
        List.of(
            TestPolicies.of(
                TestPolicies.allowWhen(
                    "sts:GetFederationToken",
                    "*",
                    TestConditions.condition("StringEquals", "aws:RequestTag/project", "blue"),
                    TestConditions.condition(
                        "ForAllValues:StringEquals", "aws:TagKeys", "project"))),
            MAY_TAG));
    List<Tag> tags =
        key.equals("project")
            ? List.of(new Tag("project", value))
            : List.of(new Tag("project", value), new Tag(key, "x"));
    GetFederationTokenCommand command = withTags(aliceCaller(), tags);

    if (allowed) {
      assertEquals(BOB_FEDERATED, useCase.getFederationToken(command).federatedUserArn());
    } else {
      assertThrows(AccessDeniedException.class, () -> useCase.getFederationToken(command));
    }
  }

  // --- What comes back -------------------------------------------------------------------------

  @Test
  void givenUserKey_getFederationToken_issuesAFederatedUserOfTheCaller() {
    saveAlice(List.of(MAY_FEDERATE));

    GetFederationTokenResult result = useCase.getFederationToken(command(aliceCaller(), "bob"));

    assertEquals(BOB_FEDERATED, result.federatedUserArn());
    assertEquals("111111111111:bob", result.federatedUserId());
    assertEquals(0, result.packedPolicySize());
    Session session = open(result);
    assertEquals(
        new FederatedUserPrincipal(TestAccounts.ALPHA, "bob", TestPrincipals.alice()),
        session.principal());
    assertEquals(result.credentials().accessKeyId(), session.accessKeyId());
    assertTrue(result.credentials().accessKeyId().value().startsWith("ASIA"));
    assertEquals(TestCallers.LONG_TERM_KEY_ID, session.context().sourceAccessKey());
    assertEquals(List.of(), session.context().sessionPolicies());
  }

  static Stream<Arguments> durations() {
    return Stream.of(
        arguments("a user, no duration: 12 hours", TestPrincipals.alice(), null, 43200),
        arguments("a user, the minimum", TestPrincipals.alice(), 900, 900),
        arguments("a user, the 36-hour maximum", TestPrincipals.alice(), 129600, 129600),
        arguments("the root, no duration: one hour", TestPrincipals.root(), null, 3600),
        arguments("the root, the minimum", TestPrincipals.root(), 900, 900),
        arguments("the root, exactly one hour", TestPrincipals.root(), 3600, 3600),
        arguments("the root, two hours: cut to one hour", TestPrincipals.root(), 7200, 3600),
        arguments("the root, 36 hours: cut to one hour", TestPrincipals.root(), 129600, 3600));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("durations")
  void givenLongTermKey_getFederationToken_expiresAfterTheGrantedDuration(
      String description, Principal principal, Integer requested, int seconds) {
    saveAlice(List.of(MAY_FEDERATE));
    GetFederationTokenCommand command =
        new GetFederationTokenCommand(
            TestCallers.withLongTermKey(principal),
            "bob",
            SessionPolicyParameters.NONE,
            requested,
            List.of());

    GetFederationTokenResult result = useCase.getFederationToken(command);

    assertEquals(TestClocks.NOW.plusSeconds(seconds), result.credentials().expiration());
  }

  @Test
  void givenInlineAndManagedPolicies_getFederationToken_sealsTheirTextsAndReportsTheirSize() {
    saveAlice(List.of(MAY_FEDERATE));
    var managed = ManagedPolicyFixtures.policy("readers", TestPolicies.allow("s3:GetObject", "*"));
    ports.policies.save(managed);
    String inline = "{\"Version\":\"2012-10-17\",\"Statement\":[]}";

    GetFederationTokenResult result =
        useCase.getFederationToken(
            GetFederationTokenCommand.of(
                aliceCaller(), "bob", inline, List.of(managed.arn().toString()), null, List.of()));

    assertEquals(
        List.of(inline, managed.document().text()), open(result).context().sessionPolicies());
    assertTrue(result.packedPolicySize() > 0);
  }

  @Test
  void givenMalformedPolicy_getFederationToken_failsWithMalformedPolicyDocument() {
    saveAlice(List.of(MAY_FEDERATE));

    assertThrows(
        MalformedPolicyDocumentException.class,
        () -> useCase.getFederationToken(withPolicy(aliceCaller(), TestPorts.Parser.MALFORMED)));
  }

  @Test
  void givenUnknownManagedPolicy_getFederationToken_failsWithInvalidParameterValue() {
    saveAlice(List.of(MAY_FEDERATE));
    String arn = "arn:aws:iam::111111111111:policy/missing";

    InvalidRequestException error =
        assertThrows(
            InvalidRequestException.class,
            () ->
                useCase.getFederationToken(
                    GetFederationTokenCommand.of(
                        aliceCaller(), "bob", null, List.of(arn), null, List.of())));

    assertEquals(ErrorCode.INVALID_PARAMETER_VALUE, error.code());
    assertEquals("Policy " + arn + " does not exist or is not attachable.", error.getMessage());
  }

  // --- What the federated user may then do -----------------------------------------------------

  static Stream<Arguments> effectivePermissions() {
    PolicyDocument allS3 = TestPolicies.allow("s3:*", "*");
    PolicyDocument getOnly = TestPolicies.allow("s3:GetObject", "*");
    return Stream.of(
        arguments("user allows all of S3, no session policy", List.of(allS3), null, false, false),
        arguments(
            "user allows all of S3, session allows get", List.of(allS3), getOnly, true, false),
        arguments(
            "user allows get, session allows all of S3", List.of(getOnly), allS3, true, false),
        arguments("user allows nothing, session allows all of S3", List.of(), allS3, false, false),
        arguments(
            "user allows all of S3 but denies get, session allows all of S3",
            List.of(allS3, TestPolicies.deny("s3:GetObject", "*")),
            allS3,
            false,
            true));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("effectivePermissions")
  void givenUserAndSessionPolicies_federatedUser_holdsTheirIntersection(
      String description,
      List<PolicyDocument> userPolicies,
      PolicyDocument sessionPolicy,
      boolean mayGet,
      boolean mayPut) {
    List<PolicyDocument> policies = new ArrayList<>(userPolicies);
    policies.add(MAY_FEDERATE);
    saveAlice(policies);

    SessionCaller federated = federatedCaller(aliceCaller(), sessionPolicy);

    assertEquals(mayGet, allows(federated, "s3:GetObject"));
    assertEquals(mayPut, allows(federated, "s3:PutObject"));
  }

  static Stream<Arguments> rootFederatedPermissions() {
    return Stream.of(
        arguments("no session policy: nothing", null, false, false),
        arguments("session allows get", TestPolicies.allow("s3:GetObject", "*"), true, false),
        arguments("session allows everything", TestPolicies.allow("*", "*"), true, true));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rootFederatedPermissions")
  void givenRootParent_federatedUser_isLimitedOnlyByItsSessionPolicy(
      String description, PolicyDocument sessionPolicy, boolean mayGet, boolean mayPut) {
    SessionCaller federated =
        federatedCaller(TestCallers.withLongTermKey(TestPrincipals.root()), sessionPolicy);

    assertEquals(mayGet, allows(federated, "s3:GetObject"));
    assertEquals(mayPut, allows(federated, "s3:PutObject"));
  }

  // --- Helpers ---------------------------------------------------------------------------------

  private SessionCaller federatedCaller(Caller parent, PolicyDocument sessionPolicy) {
    String text = null;
    if (sessionPolicy != null) {
      text = ports.policyParser.define("{\"Statement\":[\"session\"]}", sessionPolicy);
    }
    GetFederationTokenResult result =
        useCase.getFederationToken(
            GetFederationTokenCommand.of(parent, "bob", text, List.of(), null, List.of()));
    return new SessionCaller(open(result), TestCallers.ORIGIN);
  }

  private boolean allows(Caller caller, String action) {
    CallerPermissions permissions =
        new CallerPermissions(
            new PrincipalDirectory(ports.users, ports.roles, ports.policies),
            new SessionPolicyDocuments(ports.policyParser));
    return permissions
        .decide(caller, action, "arn:aws:s3:::bucket/key", ConditionKeys.NONE)
        .isAllowed();
  }

  private Session open(GetFederationTokenResult result) {
    return SessionTokenCodec.open(result.credentials().sessionToken(), ports.keyRing::find);
  }

  private void saveAlice(List<PolicyDocument> policies) {
    Map<String, PolicyDocument> named = new LinkedHashMap<>();
    for (int i = 0; i < policies.size(); i++) {
      named.put("policy-" + i, policies.get(i));
    }
    ports.users.save(TestUsers.aUser(TestAccounts.ALPHA, "alice", named));
  }

  private static Caller aliceCaller() {
    IamUserPrincipal alice = TestPrincipals.alice();
    return TestCallers.withLongTermKey(alice);
  }

  private static GetFederationTokenCommand command(Caller caller, String name) {
    return GetFederationTokenCommand.of(caller, name, null, List.of(), null, List.of());
  }

  private static GetFederationTokenCommand withTags(Caller caller, List<Tag> tags) {
    return GetFederationTokenCommand.of(caller, "bob", null, List.of(), null, tags);
  }

  private static GetFederationTokenCommand withPolicy(Caller caller, String policy) {
    return GetFederationTokenCommand.of(caller, "bob", policy, List.of(), null, List.of());
  }
}
