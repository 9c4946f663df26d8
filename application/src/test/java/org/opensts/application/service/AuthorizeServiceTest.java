package org.opensts.application.service;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opensts.application.port.in.auth.AuthorizeCommand;
import org.opensts.application.port.in.auth.AuthorizeResult;
import org.opensts.application.port.in.auth.AuthorizeUseCase;
import org.opensts.domain.authorization.AuthorizationMessage;
import org.opensts.domain.authorization.AuthorizationMessageCodec;
import org.opensts.domain.credential.Caller;
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
import org.opensts.domain.iam.User;
import org.opensts.domain.policy.ActionClause;
import org.opensts.domain.policy.Effect;
import org.opensts.domain.policy.PolicyDocument;
import org.opensts.domain.policy.PrincipalClause;
import org.opensts.domain.policy.ResourceClause;
import org.opensts.domain.policy.Statement;

/**
 * Authorize for an internal service: the caller's policies and the resource's decide, and a denial
 * carries a sealed message that opens to AWS's account of why.
 */
class AuthorizeServiceTest {

  private static final String ALICE_ARN = "arn:aws:iam::111111111111:user/alice";
  private static final String BUCKET = "arn:aws:s3:::reports";
  private static final String OBJECT = "arn:aws:s3:::reports/2025/q1.csv";

  private final TestPorts ports = new TestPorts();
  private final AuthorizeUseCase useCase = ports.useCases(TestClocks.fixed()).authorize();

  // --- Identity policies ------------------------------------------------------------------------

  @Test
  void givenIdentityPolicyAllowingTheAction_authorize_allowsWithoutMessage() {
    Caller alice = aliceWith(TestPolicies.allow("s3:GetObject", "arn:aws:s3:::reports/*"));

    AuthorizeResult result = useCase.authorize(AuthorizeCommand.of(alice, "s3:GetObject", OBJECT));

    assertAll(
        () -> assertTrue(result.allowed()),
        () -> assertFalse(result.explicitDeny()),
        () -> assertNull(result.encodedMessage()));
  }

  @Test
  void givenRootCaller_authorize_allowsWithoutAnyPolicy() {
    AuthorizeResult result =
        useCase.authorize(
            AuthorizeCommand.of(
                TestCallers.withLongTermKey(TestPrincipals.root()), "s3:DeleteBucket", BUCKET));

    assertTrue(result.allowed());
  }

  @Test
  void givenNoPolicyAllowing_authorize_deniesImplicitlyWithMessageOfTheRequest() {
    Caller alice = aliceWith(TestPolicies.allow("s3:GetObject", "arn:aws:s3:::other/*"));

    AuthorizeResult result = useCase.authorize(AuthorizeCommand.of(alice, "s3:GetObject", OBJECT));

    assertFalse(result.allowed());
    assertFalse(result.explicitDeny());
    AuthorizationMessage message = decode(result);
    assertAll(
        () -> assertFalse(message.allowed()),
        () -> assertFalse(message.explicitDeny()),
        () -> assertEquals(List.of(), message.matchedStatements()),
        () -> assertEquals(TestUsers.USER_ID, message.context().principalId()),
        () -> assertEquals(ALICE_ARN, message.context().principalArn()),
        () -> assertEquals("s3:GetObject", message.context().action()),
        () -> assertEquals(OBJECT, message.context().resource()),
        () -> assertEquals(List.of(ALICE_ARN), contextValues(message, "aws:PrincipalArn")),
        () -> assertEquals(List.of("alice"), contextValues(message, "aws:username")));
  }

  @Test
  void givenDenyStatementMatching_authorize_deniesExplicitlyWithTheDenyingStatementInTheMessage() {
    Caller alice =
        aliceWith(
            TestPolicies.of(
                new Statement(
                    "NoReports",
                    Effect.DENY,
                    PrincipalClause.ABSENT,
                    ActionClause.action(List.of("s3:*")),
                    ResourceClause.resource(List.of(BUCKET + "/*")))),
            TestPolicies.allow("s3:*", "*"));

    AuthorizeResult result =
        useCase.authorize(AuthorizeCommand.of(alice, "s3:DeleteObject", OBJECT));

    assertFalse(result.allowed());
    assertTrue(result.explicitDeny());
    AuthorizationMessage message = decode(result);
    assertTrue(message.explicitDeny());
    assertEquals(1, message.matchedStatements().size());
    AuthorizationMessage.MatchedStatement statement = message.matchedStatements().get(0);
    assertAll(
        () -> assertEquals("NoReports", statement.statementId()),
        () -> assertEquals("DENY", statement.effect()),
        () -> assertEquals(List.of("s3:*"), statement.actions()),
        () -> assertEquals(List.of(BUCKET + "/*"), statement.resources()));
  }

  @Test
  void givenTwoDenials_authorize_sealsEachWithItsOwnNonce() {
    Caller alice = aliceWith();

    String first =
        useCase.authorize(AuthorizeCommand.of(alice, "s3:GetObject", OBJECT)).encodedMessage();
    String second =
        useCase.authorize(AuthorizeCommand.of(alice, "s3:GetObject", OBJECT)).encodedMessage();

    assertNotEquals(first, second);
  }

  // --- Context keys the service adds ------------------------------------------------------------

  @Test
  void givenConditionOnAServiceKey_authorize_allowsOnlyWhenTheServiceGivesAMatchingValue() {
    Caller alice =
        aliceWith(
            TestPolicies.of(
                TestPolicies.allowWhen(
                    "s3:ListBucket",
                    BUCKET,
                    TestConditions.condition("StringLike", "s3:prefix", "home/alice/*"))));

    AuthorizeResult inHome =
        useCase.authorize(listBucket(alice, Map.of("s3:prefix", List.of("home/alice/notes"))));
    AuthorizeResult elsewhere =
        useCase.authorize(listBucket(alice, Map.of("s3:prefix", List.of("home/bob/"))));
    AuthorizeResult withoutKey = useCase.authorize(listBucket(alice, Map.of()));

    assertAll(
        () -> assertTrue(inHome.allowed()),
        () -> assertFalse(elsewhere.allowed()),
        () -> assertFalse(withoutKey.allowed()));
    assertEquals(List.of("home/bob/"), contextValues(decode(elsewhere), "s3:prefix"));
  }

  @Test
  void givenServiceKeyNamingACallerKey_authorize_isRefusedRatherThanLetTheServiceImpersonate() {
    Caller alice = aliceWith(TestPolicies.allow("s3:ListBucket", BUCKET));

    InvalidRequestException error =
        assertThrows(
            InvalidRequestException.class,
            () ->
                useCase.authorize(
                    listBucket(alice, Map.of("AWS:principalarn", List.of("arn:aws:iam::1:root")))));

    assertEquals(ErrorCode.INVALID_PARAMETER_VALUE, error.code());
    assertEquals(
        "The context key AWS:principalarn is derived from the caller and cannot be given.",
        error.getMessage());
  }

  // --- Resource policies ------------------------------------------------------------------------

  @Test
  void givenResourcePolicyNamingTheCaller_authorize_allowsWithoutAnyIdentityPolicy() {
    Caller alice = aliceWith();
    String policy =
        ports.policyParser.define(
            "bucket-policy",
            TestPolicies.of(
                TestPolicies.resourceStatement(
                    Effect.ALLOW, "s3:GetObject", BUCKET + "/*", ALICE_ARN)));

    AuthorizeResult result =
        useCase.authorize(
            new AuthorizeCommand(alice, "s3:GetObject", OBJECT, Map.of(), policy, null));

    assertTrue(result.allowed());
    assertEquals(List.of("TRUST bucket-policy"), ports.policyParser.parsed);
  }

  @Test
  void givenResourcePolicyDenyingTheCaller_authorize_deniesExplicitlyDespiteAnIdentityAllow() {
    Caller alice = aliceWith(TestPolicies.allow("s3:*", "*"));
    String policy =
        ports.policyParser.define(
            "bucket-policy",
            TestPolicies.of(
                TestPolicies.resourceStatement(Effect.DENY, "s3:GetObject", BUCKET + "/*", "*")));

    AuthorizeResult result =
        useCase.authorize(
            new AuthorizeCommand(alice, "s3:GetObject", OBJECT, Map.of(), policy, null));

    assertTrue(result.explicitDeny());
    assertEquals(List.of("*"), decode(result).matchedStatements().get(0).principals());
  }

  @Test
  void givenResourceInAnotherAccountTrustingTheCaller_authorize_needsTheIdentityPolicyToo() {
    String policy =
        ports.policyParser.define(
            "beta-bucket-policy",
            TestPolicies.of(
                TestPolicies.resourceStatement(
                    Effect.ALLOW, "s3:GetObject", BUCKET + "/*", ALICE_ARN)));
    AuthorizeResult withoutIdentityAllow =
        useCase.authorize(
            new AuthorizeCommand(
                aliceWith(), "s3:GetObject", OBJECT, Map.of(), policy, "222222222222"));
    AuthorizeResult withIdentityAllow =
        useCase.authorize(
            new AuthorizeCommand(
                aliceWith(TestPolicies.allow("s3:GetObject", "*")),
                "s3:GetObject",
                OBJECT,
                Map.of(),
                policy,
                "222222222222"));

    assertFalse(withoutIdentityAllow.allowed());
    assertTrue(withIdentityAllow.allowed());
  }

  @Test
  void givenResourceInAnotherAccountWithoutPolicy_authorize_deniesDespiteAnIdentityAllow() {
    Caller alice = aliceWith(TestPolicies.allow("s3:GetObject", "*"));

    AuthorizeResult result =
        useCase.authorize(
            new AuthorizeCommand(alice, "s3:GetObject", OBJECT, null, null, "222222222222"));

    assertFalse(result.allowed());
    assertFalse(result.explicitDeny());
  }

  @Test
  void givenResourceInTheCallersAccountNamedExplicitly_authorize_decidesAsWithoutTheAccount() {
    Caller alice = aliceWith(TestPolicies.allow("s3:GetObject", "*"));

    AuthorizeResult result =
        useCase.authorize(
            new AuthorizeCommand(
                alice, "s3:GetObject", OBJECT, null, null, TestAccounts.ALPHA.value()));

    assertTrue(result.allowed());
  }

  @Test
  void givenMalformedResourcePolicy_authorize_failsWithMalformedPolicyDocument() {
    Caller alice = aliceWith();

    MalformedPolicyDocumentException error =
        assertThrows(
            MalformedPolicyDocumentException.class,
            () ->
                useCase.authorize(
                    new AuthorizeCommand(
                        alice,
                        "s3:GetObject",
                        OBJECT,
                        Map.of(),
                        TestPorts.Parser.MALFORMED,
                        null)));

    assertEquals(TestPorts.Parser.MALFORMED_MESSAGE, error.getMessage());
  }

  // --- Invalid commands -------------------------------------------------------------------------

  static Stream<Arguments> invalidCommands() {
    return Stream.of(
        arguments(
            "no action",
            null,
            OBJECT,
            null,
            "1 validation error detected: Value null at 'action' failed to satisfy constraint:"
                + " Member must not be null"),
        arguments(
            "an action without its service",
            "GetObject",
            OBJECT,
            null,
            "1 validation error detected: Value 'GetObject' at 'action' failed to satisfy"
                + " constraint: Member must satisfy regular expression pattern:"
                + " [a-zA-Z0-9-]+:[a-zA-Z0-9]+"),
        arguments(
            "a wildcard action",
            "s3:*",
            OBJECT,
            null,
            "1 validation error detected: Value 's3:*' at 'action' failed to satisfy constraint:"
                + " Member must satisfy regular expression pattern: [a-zA-Z0-9-]+:[a-zA-Z0-9]+"),
        arguments(
            "no resource",
            "s3:GetObject",
            null,
            null,
            "1 validation error detected: Value null at 'resource' failed to satisfy constraint:"
                + " Member must not be null"),
        arguments(
            "an empty resource",
            "s3:GetObject",
            "",
            null,
            "1 validation error detected: Value '' at 'resource' failed to satisfy constraint:"
                + " Member must have length greater than or equal to 1"),
        arguments(
            "an account of 11 digits",
            "s3:GetObject",
            OBJECT,
            "22222222222",
            "2 validation errors detected: Value '22222222222' at 'resourceAccount' failed to"
                + " satisfy constraint: Member must satisfy regular expression pattern: [0-9]{12};"
                + " Value '22222222222' at 'resourceAccount' failed to satisfy constraint: Member"
                + " must have length greater than or equal to 12"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidCommands")
  void givenInvalidArguments_authorizeCommand_failsWithValidationError(
      String why, String action, String resource, String account, String message) {
    Caller alice = TestCallers.withLongTermKey(TestPrincipals.alice());

    InvalidRequestException error =
        assertThrows(
            InvalidRequestException.class,
            () -> new AuthorizeCommand(alice, action, resource, Map.of(), null, account));

    assertEquals(ErrorCode.VALIDATION_ERROR, error.code());
    assertEquals(message, error.getMessage());
  }

  @Test
  void givenServiceKeysChangedAfterwards_authorizeCommand_keepsItsOwnCopy() {
    Map<String, List<String>> keys = new HashMap<>(Map.of("s3:prefix", List.of("a")));
    AuthorizeCommand command =
        new AuthorizeCommand(
            TestCallers.withLongTermKey(TestPrincipals.alice()),
            "s3:ListBucket",
            BUCKET,
            keys,
            null,
            null);

    keys.put("s3:delimiter", List.of("/"));

    assertEquals(Map.of("s3:prefix", List.of("a")), command.contextKeys());
  }

  private AuthorizeCommand listBucket(Caller caller, Map<String, List<String>> keys) {
    return new AuthorizeCommand(caller, "s3:ListBucket", BUCKET, keys, null, null);
  }

  private Caller aliceWith(PolicyDocument... policies) {
    Map<String, PolicyDocument> byName = new HashMap<>();
    for (int i = 0; i < policies.length; i++) {
      byName.put("policy-" + i, policies[i]);
    }
    User alice = TestUsers.aUser(TestAccounts.ALPHA, "alice", byName);
    ports.users.save(alice);
    return TestCallers.withLongTermKey(alice.principal());
  }

  private AuthorizationMessage decode(AuthorizeResult result) {
    return AuthorizationMessageCodec.decode(result.encodedMessage(), ports.keyRing::find);
  }

  private static List<String> contextValues(AuthorizationMessage message, String key) {
    return message.context().conditions().stream()
        .filter(entry -> entry.key().equalsIgnoreCase(key))
        .findFirst()
        .map(AuthorizationMessage.ConditionEntry::values)
        .orElse(null);
  }
}
