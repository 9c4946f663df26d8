package org.opensts.domain.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.opensts.domain.error.AuthenticationException;
import org.opensts.domain.error.ErrorCode;
import org.opensts.domain.error.InvalidRequestException;
import org.opensts.domain.fixture.TestAccounts;
import org.opensts.domain.fixture.TestPrincipals;
import org.opensts.domain.fixture.TestSealingKeys;
import org.opensts.domain.fixture.TestSessions;
import org.opensts.domain.identity.Principal;

/**
 * A trade-in token carries the whole grant, sealed under the session-token key ring with its own
 * purpose. It opens only as it was sealed, and never as (or from) a session token: anything else is
 * one InvalidParameterValue.
 */
class TradeInTokenCodecTest {

  private static final SealingKey KEY = TestSealingKeys.key();
  private static final Function<String, Optional<SealingKey>> RING = TestSealingKeys.ring(KEY);
  private static final Instant EXPIRES = Instant.parse("2025-01-01T00:15:00Z");

  private final SplittableRandom random = new SplittableRandom(7);

  static Stream<Arguments> grants() {
    return Stream.of(
        arguments("an IAM user's", TestPrincipals.alice(), null),
        arguments(
            "a role session's, with MFA",
            TestPrincipals.deployerSession("console"),
            Instant.parse("2024-12-31T23:00:00Z")));
  }

  private static TradeInToken grant(Principal principal, Instant mfa) {
    return new TradeInToken(
        "d-0123456789abcdef",
        principal,
        TestAccounts.BETA,
        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"iam:List*\","
            + "\"Resource\":\"*\"}]}",
        Duration.ofHours(2),
        mfa,
        EXPIRES);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("grants")
  void givenAGrant_sealThenOpen_givesTheSameGrant(
      String description, Principal principal, Instant mfa) {
    TradeInToken grant = grant(principal, mfa);

    assertEquals(grant, TradeInTokenCodec.open(TradeInTokenCodec.seal(grant, KEY, random), RING));
  }

  @Test
  void givenATamperedToken_open_failsWithInvalidParameterValue() {
    byte[] bytes =
        Base64.getUrlDecoder()
            .decode(TradeInTokenCodec.seal(grant(TestPrincipals.alice(), null), KEY, random));
    bytes[bytes.length - 20] ^= 1;

    assertInvalid(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes), RING);
  }

  @Test
  void givenATokenOfAKeyTheRingNoLongerHolds_open_failsWithInvalidParameterValue() {
    String sealed = TradeInTokenCodec.seal(grant(TestPrincipals.alice(), null), KEY, random);

    assertInvalid(sealed, TestSealingKeys.ring(TestSealingKeys.key("test-key-2", 9)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "garbage", "not base64 !", "AAAA"})
  void givenGarbage_open_failsWithInvalidParameterValue(String text) {
    assertInvalid(text, RING);
  }

  @Test
  void givenASessionToken_openAsTradeInToken_failsWithInvalidParameterValue() {
    SessionToken sessionToken =
        SessionTokenCodec.seal(TestSessions.aSession(TestPrincipals.alice()), KEY, random);
    // The session token is standard base64; as URL-safe text it is the same envelope bytes.
    String sameBytes =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(Base64.getDecoder().decode(sessionToken.value()));

    assertInvalid(sameBytes, RING);
  }

  @Test
  void givenATradeInToken_openAsSessionToken_failsWithInvalidClientTokenId() {
    String sealed = TradeInTokenCodec.seal(grant(TestPrincipals.alice(), null), KEY, random);
    SessionToken sameBytes =
        new SessionToken(Base64.getEncoder().encodeToString(Base64.getUrlDecoder().decode(sealed)));

    assertThrows(AuthenticationException.class, () -> SessionTokenCodec.open(sameBytes, RING));
  }

  @Test
  void givenATokenOverTheLimit_open_failsWithInvalidParameterValue() {
    assertInvalid("A".repeat(TradeInTokenCodec.MAX_TOKEN_LENGTH + 1), RING);
  }

  @Test
  void givenATokenPastItsExpiry_isExpiredAt_isTrueOnlyAfterExpiry() {
    TradeInToken grant = grant(TestPrincipals.alice(), null);

    assertFalse(grant.isExpiredAt(EXPIRES));
    assertTrue(grant.isExpiredAt(EXPIRES.plusSeconds(1)));
  }

  @Test
  void givenARoleSession_assumedPrincipalArn_isTheRole() {
    TradeInToken grant = grant(TestPrincipals.deployerSession("console"), null);

    assertEquals(TestPrincipals.deployerSession("console").roleArn(), grant.assumedPrincipalArn());
  }

  @Test
  void givenTheRoot_aGrant_cannotBeMade() {
    assertThrows(IllegalArgumentException.class, () -> grant(TestPrincipals.root(), null));
  }

  private static void assertInvalid(String sealed, Function<String, Optional<SealingKey>> ring) {
    InvalidRequestException error =
        assertThrows(InvalidRequestException.class, () -> TradeInTokenCodec.open(sealed, ring));
    assertEquals(ErrorCode.INVALID_PARAMETER_VALUE, error.code());
    assertEquals(TradeInTokenCodec.INVALID_TOKEN, error.getMessage());
  }
}
