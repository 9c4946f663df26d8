package org.opensts.server;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opensts.server.StsErrors.assertStsError;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opensts.application.port.in.auth.AuthorizeCommand;
import org.opensts.application.port.in.auth.AuthorizeResult;
import org.opensts.application.port.in.auth.AuthorizeUseCase;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.credential.LongTermKeyCaller;
import org.opensts.domain.credential.RequestOrigin;
import org.opensts.domain.identity.AccessKey;
import org.opensts.domain.identity.AccessKeyId;
import org.opensts.domain.identity.AccessKeyStatus;
import org.opensts.domain.identity.IamPath;
import org.opensts.domain.identity.IamUserPrincipal;
import org.opensts.domain.identity.SecretAccessKey;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

/**
 * DecodeAuthorizationMessage over the wire: a message the server's Authorize use case sealed for a
 * denied request opens, through the AWS SDK, to AWS's JSON for a caller allowed to read it, and
 * nothing else opens.
 */
class DecodeAuthorizationMessageSystemTest extends SystemTest {

  private static final String ALICE_ARN = "arn:aws:iam::111111111111:user/alice";
  private static final String DENIED_ROLE = TestAccounts.role("denied-to-alice");
  private static final String OBJECT = "arn:aws:s3:::reports/2025/q1.csv";
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Caller alice;
  private static String aliceUserId;

  /**
   * Alice as the server authenticates her. No store is a bean, so her user id comes from
   * GetCallerIdentity and the caller is built from the public domain types, as the HTTP adapter's
   * authentication would hand it to a use case.
   */
  @BeforeAll
  static void authenticateAlice() {
    GetCallerIdentityResponse identity = server.sts(TestAccounts.ALICE).getCallerIdentity();
    assertEquals(ALICE_ARN, identity.arn());
    aliceUserId = identity.userId();
    alice = callerFor(TestAccounts.ALICE, aliceUserId);
  }

  @Test
  void givenImplicitDenial_decodeAsRoot_returnsTheRequestAndNoMatchedStatement() throws Exception {
    String encoded = denied(AuthorizeCommand.of(alice, "s3:GetObject", OBJECT), false);

    JsonNode message = decodeAsRoot(encoded);

    assertAll(
        () -> assertFalse(message.get("allowed").asBoolean()),
        () -> assertFalse(message.get("explicitDeny").asBoolean()),
        () -> assertEquals(0, message.at("/matchedStatements/items").size()),
        () -> assertEquals(aliceUserId, message.at("/context/principal/id").asText()),
        () -> assertEquals(ALICE_ARN, message.at("/context/principal/arn").asText()),
        () -> assertEquals("s3:GetObject", message.at("/context/action").asText()),
        () -> assertEquals(OBJECT, message.at("/context/resource").asText()),
        () -> assertEquals(List.of("alice"), contextValues(message, "aws:username")));
  }

  @Test
  void givenExplicitDenial_decodeAsRoot_namesTheDenyingStatementOfAlicesPolicy() throws Exception {
    String encoded = denied(AuthorizeCommand.of(alice, "sts:AssumeRole", DENIED_ROLE), true);

    JsonNode message = decodeAsRoot(encoded);

    JsonNode statement = message.at("/matchedStatements/items/0");
    assertAll(
        () -> assertFalse(message.get("allowed").asBoolean()),
        () -> assertTrue(message.get("explicitDeny").asBoolean()),
        () -> assertEquals(1, message.at("/matchedStatements/items").size()),
        () -> assertEquals("DENY", statement.get("effect").asText()),
        () -> assertEquals("sts:*", statement.at("/actions/items/0/value").asText()),
        () -> assertEquals(DENIED_ROLE, statement.at("/resources/items/0/value").asText()),
        () -> assertEquals("sts:AssumeRole", message.at("/context/action").asText()),
        () -> assertEquals(DENIED_ROLE, message.at("/context/resource").asText()));
  }

  @Test
  void givenServiceContextKey_decodeAsRoot_listsItAmongTheRequestConditions() throws Exception {
    String encoded =
        denied(
            new AuthorizeCommand(
                alice,
                "s3:ListBucket",
                "arn:aws:s3:::reports",
                Map.of("s3:prefix", List.of("home/alice/")),
                null,
                null),
            false);

    JsonNode message = decodeAsRoot(encoded);

    assertEquals(List.of("home/alice/"), contextValues(message, "s3:prefix"));
  }

  @Test
  void givenUserWithoutThePermission_decode_failsWithAccessDenied() {
    String encoded = denied(AuthorizeCommand.of(alice, "s3:GetObject", OBJECT), false);

    assertStsError(
        403,
        "AccessDenied",
        "User: arn:aws:iam::111111111111:user/engineering/bob is not authorized to perform:"
            + " sts:DecodeAuthorizationMessage on resource: * because no identity-based policy"
            + " allows the sts:DecodeAuthorizationMessage action",
        () ->
            server
                .sts(TestAccounts.BOB)
                .decodeAuthorizationMessage(r -> r.encodedMessage(encoded)));
  }

  static Stream<Arguments> messagesThatDoNotOpen() {
    return Stream.of(
        Arguments.of("garbage", "this is not a message"),
        Arguments.of("a URL-safe base64 text", "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("messagesThatDoNotOpen")
  void givenTextThatIsNoMessage_decode_failsWithInvalidAuthorizationMessage(
      String why, String encoded) {
    assertInvalidMessage(encoded);
  }

  @Test
  void givenSessionTokenOfThisServer_decode_failsWithInvalidAuthorizationMessage() {
    String token = server.sts(TestAccounts.BOB).getSessionToken().credentials().sessionToken();

    assertInvalidMessage(token);
  }

  @Test
  void givenTamperedMessage_decode_failsWithInvalidAuthorizationMessage() {
    String encoded = denied(AuthorizeCommand.of(alice, "s3:GetObject", OBJECT), false);
    int at = encoded.length() / 2;
    String tampered =
        encoded.substring(0, at)
            + (encoded.charAt(at) == 'A' ? 'B' : 'A')
            + encoded.substring(at + 1);

    assertInvalidMessage(tampered);
  }

  @Test
  void givenMessageLongerThanTheModelAllows_decode_failsWithValidationError() {
    String tooLong = "A".repeat(10241);

    assertStsError(
        400,
        "ValidationError",
        "1 validation error detected: Value '"
            + tooLong
            + "' at 'encodedMessage' failed to satisfy constraint: Member must have length less"
            + " than or equal to 10240",
        () ->
            server
                .sts(TestAccounts.ALPHA_ROOT)
                .decodeAuthorizationMessage(r -> r.encodedMessage(tooLong)));
  }

  private static String denied(AuthorizeCommand command, boolean explicitDeny) {
    AuthorizeResult result = server.bean(AuthorizeUseCase.class).authorize(command);
    assertFalse(result.allowed());
    assertEquals(explicitDeny, result.explicitDeny());
    return result.encodedMessage();
  }

  private static JsonNode decodeAsRoot(String encoded) throws Exception {
    String decoded =
        server
            .sts(TestAccounts.ALPHA_ROOT)
            .decodeAuthorizationMessage(r -> r.encodedMessage(encoded))
            .decodedMessage();
    return JSON.readTree(decoded);
  }

  private static void assertInvalidMessage(String encoded) {
    assertStsError(
        400,
        "InvalidAuthorizationMessageException",
        "The encoded message is invalid.",
        () ->
            server
                .sts(TestAccounts.ALPHA_ROOT)
                .decodeAuthorizationMessage(r -> r.encodedMessage(encoded)));
  }

  private static List<String> contextValues(JsonNode message, String key) {
    for (JsonNode condition : message.at("/context/conditions/items")) {
      if (condition.get("key").asText().equalsIgnoreCase(key)) {
        return condition.at("/values/items").findValuesAsText("value");
      }
    }
    return null;
  }

  private static Caller callerFor(AwsBasicCredentials keys, String userId) {
    IamUserPrincipal user =
        new IamUserPrincipal(AccountId.of(TestAccounts.ALPHA), userId, IamPath.ROOT, "alice");
    AccessKey key =
        new AccessKey(
            new AccessKeyId(keys.accessKeyId()),
            new SecretAccessKey(keys.secretAccessKey()),
            user,
            AccessKeyStatus.ACTIVE,
            Instant.EPOCH);
    return new LongTermKeyCaller(key, new RequestOrigin("127.0.0.1", false, "internal-service"));
  }
}
