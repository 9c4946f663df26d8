package org.opensts.domain.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.Base64;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.opensts.domain.error.AuthenticationException;
import org.opensts.domain.error.ErrorCode;
import org.opensts.domain.fixture.TestAccounts;
import org.opensts.domain.fixture.TestPrincipals;
import org.opensts.domain.fixture.TestSealingKeys;
import org.opensts.domain.fixture.TestSessions;
import org.opensts.domain.identity.AccessKeyId;
import org.opensts.domain.identity.AssumedRolePrincipal;
import org.opensts.domain.identity.IamPath;
import org.opensts.domain.identity.IamUserPrincipal;
import org.opensts.domain.identity.Principal;
import org.opensts.domain.identity.RoleSessionName;

/**
 * The session token carries the whole session, sealed with AES-GCM under a key of the ring. It
 * opens only as it was sealed: anything else is the one answer AWS gives for a bad token,
 * InvalidClientTokenId.
 */
class SessionTokenCodecTest {

  private static final SealingKey KEY = TestSealingKeys.key();
  private static final Function<String, Optional<SealingKey>> RING = TestSealingKeys.ring(KEY);

  private final SplittableRandom random = new SplittableRandom(11);

  static Stream<Arguments> principals() {
    return Stream.of(
        arguments("the account root", TestPrincipals.root()),
        arguments("an IAM user", TestPrincipals.alice()),
        arguments(
            "an IAM user with a path",
            new IamUserPrincipal(
                TestAccounts.BETA, "AIDABBBBBBBBBBBBBBBBB", new IamPath("/division/team/"), "bob")),
        arguments("a role session", TestPrincipals.deployerSession("build-1")),
        arguments(
            "a session of a role with a path",
            new AssumedRolePrincipal(
                TestAccounts.BETA,
                "AROABBBBBBBBBBBBBBBBB",
                new IamPath("/ci/"),
                "ops",
                RoleSessionName.of("user@example.com"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("principals")
  void givenSessionOfAnyPrincipal_sealThenOpen_givesTheSameSession(
      String description, Principal principal) {
    Session session = TestSessions.aSession(principal);

    Session opened = SessionTokenCodec.open(SessionTokenCodec.seal(session, KEY, random), RING);

    assertEquals(session, opened);
  }

  @Test
  void givenRootTaskSession_sealThenOpen_keepsItsTaskPolicyAndSourceIdentity() {
    Session plain = TestSessions.aSession(TestPrincipals.root(TestAccounts.BETA));
    Session session =
        new Session(
            plain.accessKeyId(),
            plain.secretAccessKey(),
            plain.principal(),
            plain.issuedAt(),
            plain.expiresAt(),
            SessionContext.rootTask(
                "arn:aws:iam::aws:policy/root-task/IAMAuditRootUserCredentials", "ops-alice"));

    Session opened = SessionTokenCodec.open(SessionTokenCodec.seal(session, KEY, random), RING);

    assertEquals(session, opened);
    assertEquals(
        "arn:aws:iam::aws:policy/root-task/IAMAuditRootUserCredentials",
        opened.context().taskPolicyArn());
  }

  /**
   * Sealed (alice's one-hour session with MFA) before sessions could carry a task policy: tokens
   * already handed out must keep opening, as sessions without one.
   */
  @Test
  void givenTokenSealedBeforeTaskPolicies_open_givesTheSessionWithoutTaskPolicy() {
    SessionToken earlier =
        new SessionToken(
            "Agp0ZXN0LWtleS0xWsOJoww7A2P4NpeTNvGM53PcnAJ93Ws/M/Ae3iqR4D9p3bRBaDuPf09E73BinvcmOqTL5"
                + "a6hTDphU+O/aDdm1QJv967nJGbYzQ+nwo+slP3SCAAD5C7shPxRM7M5eOUUwO10OhJ4BjefHF122BBq"
                + "tN7fZh4Eeo2EcnNIQyIU8pz04Hi0bpLlu+ivLF/LfB4qVniCkqsZ9QdFljrZlqGFV1WA/ATgK7h9s3dq8I2j");

    Session opened = SessionTokenCodec.open(earlier, RING);

    Session expected = TestSessions.aSession(TestPrincipals.alice());
    assertEquals(expected.principal(), opened.principal());
    assertEquals(new AccessKeyId("ASIARTXV5AHD5U5E5AOA"), opened.accessKeyId());
    assertEquals(expected.issuedAt(), opened.context().mfaAuthenticatedAt());
    assertFalse(opened.context().hasTaskPolicy());
  }

  @Test
  void givenSameSessionSealedTwice_tokens_differByTheirRandomNonce() {
    Session session = TestSessions.aSession(TestPrincipals.alice());

    SessionToken first = SessionTokenCodec.seal(session, KEY, random);
    SessionToken second = SessionTokenCodec.seal(session, KEY, random);

    assertNotEquals(first.value(), second.value());
    assertEquals(session, SessionTokenCodec.open(first, RING));
    assertEquals(session, SessionTokenCodec.open(second, RING));
  }

  @Test
  void givenToken_value_isPlainBase64WithoutWhitespace() {
    String value =
        SessionTokenCodec.seal(TestSessions.aSession(TestPrincipals.alice()), KEY, random).value();

    assertTrue(value.matches("[A-Za-z0-9+/]+={0,2}"), value);
  }

  @Test
  void givenOlderKeyStillInTheRing_open_opensTokensItSealed() {
    SealingKey old = TestSealingKeys.key("old", 7);
    Session session = TestSessions.aSession(TestPrincipals.alice());

    SessionToken token = SessionTokenCodec.seal(session, old, random);

    assertEquals(session, SessionTokenCodec.open(token, TestSealingKeys.ring(KEY, old)));
  }

  @Test
  void givenAnyByteFlipped_open_failsWithInvalidClientTokenId() {
    byte[] envelope =
        envelopeOf(
            SessionTokenCodec.seal(TestSessions.aSession(TestPrincipals.alice()), KEY, random));

    IntStream.range(0, envelope.length)
        .forEach(
            index -> {
              byte[] tampered = envelope.clone();
              tampered[index] ^= 0x01;
              assertInvalidClientTokenId(tokenOf(tampered), RING, "byte " + index + " flipped");
            });
  }

  @Test
  void givenTruncatedToken_open_failsWithInvalidClientTokenIdAtEveryLength() {
    byte[] envelope =
        envelopeOf(
            SessionTokenCodec.seal(TestSessions.aSession(TestPrincipals.alice()), KEY, random));

    IntStream.range(0, envelope.length)
        .forEach(
            length -> {
              byte[] truncated = java.util.Arrays.copyOf(envelope, length);
              assertInvalidClientTokenId(
                  tokenOf(truncated), RING, "truncated to " + length + " bytes");
            });
  }

  static Stream<Arguments> foreignTokens() {
    Session session = TestSessions.aSession(TestPrincipals.alice());
    SplittableRandom random = new SplittableRandom(5);
    byte[] genuine = envelopeOf(SessionTokenCodec.seal(session, KEY, random));
    byte[] version1 = genuine.clone();
    version1[0] = 1;
    byte[] version0 = genuine.clone();
    version0[0] = 0;
    byte[] withExtraByte = java.util.Arrays.copyOf(genuine, genuine.length + 1);
    return Stream.of(
        arguments("version byte 1 (the previous format)", tokenOf(version1), RING),
        arguments("version byte 0", tokenOf(version0), RING),
        arguments("a byte appended", tokenOf(withExtraByte), RING),
        arguments(
            "a key id the ring does not hold",
            SessionTokenCodec.seal(session, TestSealingKeys.key("retired", 1), random),
            RING),
        arguments(
            "a key with the same id but other bytes",
            SessionTokenCodec.seal(session, TestSealingKeys.key(TestSealingKeys.KEY_ID, 2), random),
            RING),
        arguments(
            "an empty ring", SessionTokenCodec.seal(session, KEY, random), TestSealingKeys.ring()),
        arguments("text that is not base64", new SessionToken("not base64!"), RING),
        arguments("the empty string", new SessionToken(""), RING),
        arguments("whitespace", new SessionToken("   "), RING),
        arguments("an AWS-looking token", new SessionToken("FwoGZXIvYXdzEBYaDGxxxxxxxxxxxx"), RING),
        arguments(
            "a token over 8192 characters",
            new SessionToken("A".repeat(SessionTokenCodec.MAX_TOKEN_LENGTH + 4)),
            RING));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("foreignTokens")
  void givenTokenNotSealedByTheRing_open_failsWithInvalidClientTokenId(
      String description, SessionToken token, Function<String, Optional<SealingKey>> ring) {
    assertInvalidClientTokenId(token, ring, description);
  }

  @ParameterizedTest(name = "key id \"{0}\"")
  @ValueSource(strings = {"cl\u00e9-1", "with space", ""})
  void givenKeyIdThatIsNotPrintableAscii_sealingKey_refusesIt(String id) {
    assertThrows(IllegalArgumentException.class, () -> TestSealingKeys.key(id, 3));
  }

  private static void assertInvalidClientTokenId(
      SessionToken token, Function<String, Optional<SealingKey>> ring, String what) {
    AuthenticationException error =
        assertThrows(
            AuthenticationException.class, () -> SessionTokenCodec.open(token, ring), what);
    assertEquals(ErrorCode.INVALID_CLIENT_TOKEN_ID, error.code(), what);
    assertEquals("The security token included in the request is invalid", error.getMessage(), what);
  }

  private static byte[] envelopeOf(SessionToken token) {
    return Base64.getDecoder().decode(token.value());
  }

  private static SessionToken tokenOf(byte[] envelope) {
    return new SessionToken(Base64.getEncoder().encodeToString(envelope));
  }
}
