package org.opensts.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opensts.application.port.in.auth.AuthorizeCommand;
import org.opensts.application.port.in.sts.DecodeAuthorizationMessageCommand;
import org.opensts.application.port.in.sts.DecodeAuthorizationMessageUseCase;
import org.opensts.domain.authorization.AuthorizationMessage;
import org.opensts.domain.authorization.AuthorizationMessageCodec;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.error.AccessDeniedException;
import org.opensts.domain.error.ErrorCode;
import org.opensts.domain.error.InvalidRequestException;
import org.opensts.domain.fixture.TestAccounts;
import org.opensts.domain.fixture.TestCallers;
import org.opensts.domain.fixture.TestClocks;
import org.opensts.domain.fixture.TestPolicies;
import org.opensts.domain.fixture.TestPrincipals;
import org.opensts.domain.fixture.TestSealingKeys;
import org.opensts.domain.fixture.TestUsers;
import org.opensts.domain.iam.User;
import org.opensts.domain.policy.PolicyDocument;

/**
 * DecodeAuthorizationMessage: who may read a message (the root, or a caller allowed the action),
 * and that only a message this server sealed opens.
 */
class DecodeAuthorizationMessageServiceTest {

  private static final String ALICE_ARN = "arn:aws:iam::111111111111:user/alice";
  private static final String ACTION = "sts:DecodeAuthorizationMessage";
  private static final String OBJECT = "arn:aws:s3:::reports/q1.csv";

  private final TestPorts ports = new TestPorts();
  private final StsUseCases useCases = ports.useCases(TestClocks.fixed());
  private final DecodeAuthorizationMessageUseCase useCase = useCases.decodeAuthorizationMessage();

  @Test
  void givenRootAndADenialMessage_decode_returnsTheMessageAsAwsJson() {
    String encoded = denialFor(aliceWith(TestPolicies.deny("s3:GetObject", "*")));

    String json = decodeAs(TestCallers.withLongTermKey(TestPrincipals.root()), encoded);

    assertEquals(AuthorizationMessageCodec.decode(encoded, ports.keyRing::find).toJson(), json);
    assertTrue(
        json.startsWith(
            "{\"allowed\":false,\"explicitDeny\":true,\"matchedStatements\":{\"items\":[{"
                + "\"statementId\":\"\",\"effect\":\"DENY\",\"principals\":{\"items\":[]},"
                + "\"principalGroups\":{\"items\":[]},\"actions\":{\"items\":[{\"value\":"
                + "\"s3:GetObject\"}]},\"resources\":{\"items\":[{\"value\":\"*\"}]},"
                + "\"conditions\":{\"items\":[]}}]},\"failures\":{\"items\":[]},\"context\":{"
                + "\"principal\":{\"id\":\""
                + TestUsers.USER_ID
                + "\",\"arn\":\""
                + ALICE_ARN
                + "\"},\"action\":\"s3:GetObject\",\"resource\":\""
                + OBJECT
                + "\",\"conditions\":{\"items\":[{\"key\":\"aws:CurrentTime\""),
        json);
  }

  @Test
  void givenUserAllowedTheAction_decode_returnsTheMessage() {
    Caller reader = aliceWith(TestPolicies.allow(ACTION, "*"));
    String encoded = denialFor(reader);

    String json = decodeAs(reader, encoded);

    assertEquals(AuthorizationMessageCodec.decode(encoded, ports.keyRing::find).toJson(), json);
  }

  @Test
  void givenUserWithoutPermission_decode_failsWithAccessDeniedBeforeLookingAtTheMessage() {
    Caller alice = aliceWith();

    AccessDeniedException error =
        assertThrows(AccessDeniedException.class, () -> decodeAs(alice, "not even a message"));

    assertEquals(
        "User: "
            + ALICE_ARN
            + " is not authorized to perform: sts:DecodeAuthorizationMessage on resource: *"
            + " because no identity-based policy allows the sts:DecodeAuthorizationMessage action",
        error.getMessage());
  }

  @Test
  void givenUserDeniedTheAction_decode_failsWithAccessDeniedNamingTheExplicitDeny() {
    Caller alice = aliceWith(TestPolicies.allow("sts:*", "*"), TestPolicies.deny(ACTION, "*"));

    AccessDeniedException error =
        assertThrows(AccessDeniedException.class, () -> decodeAs(alice, denialFor(alice)));

    assertEquals(
        "User: "
            + ALICE_ARN
            + " is not authorized to perform: sts:DecodeAuthorizationMessage on resource: *"
            + " with an explicit deny in an identity-based policy",
        error.getMessage());
  }

  @Test
  void givenMessageSealedBeforeAKeyRotation_decode_stillOpensIt() {
    String encoded = denialFor(aliceWith());
    ports.keyRing.rotateTo(TestSealingKeys.key("next", 7));

    String json = decodeAs(TestCallers.withLongTermKey(TestPrincipals.root()), encoded);

    assertEquals(false, AuthorizationMessageCodec.decode(encoded, ports.keyRing::find).allowed());
    assertEquals(json, AuthorizationMessageCodec.decode(encoded, ports.keyRing::find).toJson());
  }

  static Stream<Arguments> messagesThatDoNotOpen() {
    return Stream.of(
        arguments("garbage", "not-a-message"),
        arguments("a base64 text of the wrong envelope", "QUJDREVGR0hJSktMTU5PUFFSU1RVVldY"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("messagesThatDoNotOpen")
  void givenMessageThatDoesNotOpen_decode_failsWithInvalidAuthorizationMessage(
      String why, String encoded) {
    InvalidRequestException error =
        assertThrows(
            InvalidRequestException.class,
            () -> decodeAs(TestCallers.withLongTermKey(TestPrincipals.root()), encoded));

    assertEquals(ErrorCode.INVALID_AUTHORIZATION_MESSAGE, error.code());
    assertEquals(AuthorizationMessageCodec.INVALID_MESSAGE, error.getMessage());
  }

  @Test
  void givenMessageSealedByAKeyTheRingForgot_decode_failsWithInvalidAuthorizationMessage() {
    String encoded = denialFor(aliceWith());
    String oldKey = ports.keyRing.current().id();
    ports.keyRing.rotateTo(TestSealingKeys.key("next", 7));
    ports.keyRing.forget(oldKey);

    InvalidRequestException error =
        assertThrows(
            InvalidRequestException.class,
            () -> decodeAs(TestCallers.withLongTermKey(TestPrincipals.root()), encoded));

    assertEquals(ErrorCode.INVALID_AUTHORIZATION_MESSAGE, error.code());
  }

  @Test
  void givenTamperedMessage_decode_failsWithInvalidAuthorizationMessage() {
    String encoded = denialFor(aliceWith());
    char last = encoded.charAt(encoded.length() - 10);
    String tampered =
        encoded.substring(0, encoded.length() - 10)
            + (last == 'A' ? 'B' : 'A')
            + encoded.substring(encoded.length() - 9);

    InvalidRequestException error =
        assertThrows(
            InvalidRequestException.class,
            () -> decodeAs(TestCallers.withLongTermKey(TestPrincipals.root()), tampered));

    assertEquals(ErrorCode.INVALID_AUTHORIZATION_MESSAGE, error.code());
  }

  static Stream<Arguments> invalidMessages() {
    String tooLong = "A".repeat(10241);
    return Stream.of(
        arguments(
            "no message",
            null,
            "1 validation error detected: Value null at 'encodedMessage' failed to satisfy"
                + " constraint: Member must not be null"),
        arguments(
            "an empty message",
            "",
            "1 validation error detected: Value '' at 'encodedMessage' failed to satisfy"
                + " constraint: Member must have length greater than or equal to 1"),
        arguments(
            "a message of 10241 characters",
            tooLong,
            "1 validation error detected: Value '"
                + tooLong
                + "' at 'encodedMessage' failed to satisfy constraint: Member must have length"
                + " less than or equal to 10240"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidMessages")
  void givenMessageOutsideTheModel_decodeCommand_failsWithValidationError(
      String why, String encoded, String message) {
    Caller root = TestCallers.withLongTermKey(TestPrincipals.root());

    InvalidRequestException error =
        assertThrows(
            InvalidRequestException.class,
            () -> new DecodeAuthorizationMessageCommand(root, encoded));

    assertEquals(ErrorCode.VALIDATION_ERROR, error.code());
    assertEquals(message, error.getMessage());
  }

  @Test
  void givenMessageOfExactly10240Characters_decodeCommand_isValid() {
    Caller root = TestCallers.withLongTermKey(TestPrincipals.root());

    assertEquals(
        10240,
        new DecodeAuthorizationMessageCommand(root, "A".repeat(10240)).encodedMessage().length());
  }

  private String denialFor(Caller caller) {
    String encoded =
        useCases
            .authorize()
            .authorize(AuthorizeCommand.of(caller, "s3:GetObject", OBJECT))
            .encodedMessage();
    AuthorizationMessage message = AuthorizationMessageCodec.decode(encoded, ports.keyRing::find);
    assertEquals(false, message.allowed());
    return encoded;
  }

  private String decodeAs(Caller caller, String encoded) {
    return useCase
        .decodeAuthorizationMessage(new DecodeAuthorizationMessageCommand(caller, encoded))
        .decodedMessage();
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
}
