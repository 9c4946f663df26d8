package org.opensts.domain.authorization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opensts.domain.authorization.AuthorizationMessage.ConditionEntry;
import org.opensts.domain.authorization.AuthorizationMessage.Context;
import org.opensts.domain.authorization.AuthorizationMessage.MatchedStatement;
import org.opensts.domain.credential.SealingKey;
import org.opensts.domain.credential.SessionTokenCodec;
import org.opensts.domain.error.ErrorCode;
import org.opensts.domain.error.InvalidRequestException;
import org.opensts.domain.fixture.TestPrincipals;
import org.opensts.domain.fixture.TestSealingKeys;
import org.opensts.domain.fixture.TestSessions;

/**
 * The encoded authorization message opens only as it was sealed, with a key of the ring; anything
 * else gets the one answer AWS gives, InvalidAuthorizationMessageException.
 */
class AuthorizationMessageCodecTest {

  private static final SealingKey KEY = TestSealingKeys.key();
  private static final Function<String, Optional<SealingKey>> RING = TestSealingKeys.ring(KEY);
  private static final AuthorizationMessage MESSAGE =
      new AuthorizationMessage(
          false,
          true,
          List.of(
              new MatchedStatement(
                  "VisualEditor0",
                  "DENY",
                  List.of("arn:aws:iam::111122223333:root"),
                  List.of("ec2:RunInstances", "ec2:Start*"),
                  List.of("*"),
                  List.of(new ConditionEntry("aws:SourceIp", List.of("10.0.0.0/8"))))),
          List.of("a failure"),
          new Context(
              "AROA123456789EXAMPLE:Ana",
              "arn:aws:sts::111122223333:assumed-role/Developer/Ana",
              "ec2:RunInstances",
              "arn:aws:ec2:us-east-1:111122223333:instance/*",
              List.of(
                  new ConditionEntry("aws:SourceIp", List.of("10.0.0.1")),
                  new ConditionEntry("aws:TagKeys", List.of()),
                  new ConditionEntry("ec2:Note", List.of("ünïcödé \"quoted\"")))));

  private final SplittableRandom random = new SplittableRandom(7);

  @Test
  void givenMessage_encodeThenDecode_givesTheSameMessage() {
    String encoded = AuthorizationMessageCodec.encode(MESSAGE, KEY, random);

    assertEquals(MESSAGE, AuthorizationMessageCodec.decode(encoded, RING));
  }

  @Test
  void givenSameMessageEncodedTwice_encoded_differByTheirRandomNonce() {
    String first = AuthorizationMessageCodec.encode(MESSAGE, KEY, random);
    String second = AuthorizationMessageCodec.encode(MESSAGE, KEY, random);

    assertNotEquals(first, second);
    assertEquals(MESSAGE, AuthorizationMessageCodec.decode(second, RING));
  }

  @Test
  void givenMessage_encoded_usesOnlyTheUrlSafeAlphabetWithoutPadding() {
    IntStream.range(0, 50)
        .mapToObj(i -> AuthorizationMessageCodec.encode(MESSAGE, KEY, random))
        .forEach(encoded -> assertTrue(encoded.matches("[A-Za-z0-9_-]+"), encoded));
  }

  @Test
  void givenOlderKeyStillInTheRing_decode_opensMessagesItSealed() {
    SealingKey old = TestSealingKeys.key("old", 7);

    String encoded = AuthorizationMessageCodec.encode(MESSAGE, old, random);

    assertEquals(
        MESSAGE, AuthorizationMessageCodec.decode(encoded, TestSealingKeys.ring(KEY, old)));
  }

  @Test
  void givenAnyByteFlipped_decode_failsWithInvalidAuthorizationMessage() {
    byte[] envelope = envelopeOf(AuthorizationMessageCodec.encode(MESSAGE, KEY, random));

    IntStream.range(0, envelope.length)
        .forEach(
            index -> {
              byte[] tampered = envelope.clone();
              tampered[index] ^= 0x01;
              assertInvalid(encodedOf(tampered), RING, "byte " + index + " flipped");
            });
  }

  @Test
  void givenTruncatedMessage_decode_failsWithInvalidAuthorizationMessageAtEveryLength() {
    byte[] envelope = envelopeOf(AuthorizationMessageCodec.encode(MESSAGE, KEY, random));

    IntStream.range(0, envelope.length)
        .forEach(
            length ->
                assertInvalid(
                    encodedOf(Arrays.copyOf(envelope, length)), RING, "truncated to " + length));
  }

  @Test
  void givenKeyTheRingDoesNotHold_decode_failsWithInvalidAuthorizationMessage() {
    String encoded =
        AuthorizationMessageCodec.encode(MESSAGE, TestSealingKeys.key("gone", 9), random);

    assertInvalid(encoded, RING, "unknown key id");
  }

  @Test
  void givenSameKeyIdWithOtherKeyBytes_decode_failsWithInvalidAuthorizationMessage() {
    String encoded =
        AuthorizationMessageCodec.encode(
            MESSAGE, TestSealingKeys.key(TestSealingKeys.KEY_ID, 9), random);

    assertInvalid(encoded, RING, "key id reused with other bytes");
  }

  @Test
  void givenSessionTokenSealedUnderTheSameKey_decode_rejectsIt() {
    String token =
        SessionTokenCodec.seal(TestSessions.aSession(TestPrincipals.alice()), KEY, random).value();

    assertInvalid(token, RING, "session token as it is");
    assertInvalid(
        Base64.getUrlEncoder().withoutPadding().encodeToString(Base64.getDecoder().decode(token)),
        RING,
        "session token in the URL-safe alphabet");
  }

  @Test
  void givenEncodedLongerThanTheApiAllows_decode_failsWithInvalidAuthorizationMessage() {
    assertInvalid("A".repeat(AuthorizationMessageCodec.MAX_ENCODED_LENGTH + 1), RING, "too long");
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"", "A", "not base64!", "QQ", "////", "++++", "QUFB\nQUFB"})
  void givenMalformedText_decode_failsWithInvalidAuthorizationMessage(String encoded) {
    assertInvalid(encoded, RING, encoded);
  }

  @Test
  void givenMatchedStatementsTooLargeToFit_encode_keepsTheOutcomeAndTheRequest() {
    MatchedStatement big =
        new MatchedStatement(
            "Big", "DENY", List.of(), List.of("x".repeat(8000)), List.of("*"), List.of());
    AuthorizationMessage message =
        new AuthorizationMessage(false, true, List.of(big), List.of(), MESSAGE.context());

    String encoded = AuthorizationMessageCodec.encode(message, KEY, random);

    assertTrue(encoded.length() <= AuthorizationMessageCodec.MAX_ENCODED_LENGTH);
    assertEquals(
        new AuthorizationMessage(false, true, List.of(), List.of(), MESSAGE.context()),
        AuthorizationMessageCodec.decode(encoded, RING));
  }

  private static void assertInvalid(
      String encoded, Function<String, Optional<SealingKey>> ring, String description) {
    InvalidRequestException error =
        assertThrows(
            InvalidRequestException.class,
            () -> AuthorizationMessageCodec.decode(encoded, ring),
            description);
    assertEquals(ErrorCode.INVALID_AUTHORIZATION_MESSAGE, error.code(), description);
    assertEquals(AuthorizationMessageCodec.INVALID_MESSAGE, error.getMessage(), description);
  }

  private static byte[] envelopeOf(String encoded) {
    return Base64.getUrlDecoder().decode(encoded);
  }

  private static String encodedOf(byte[] envelope) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(envelope);
  }
}
