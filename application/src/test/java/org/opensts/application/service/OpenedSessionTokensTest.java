package org.opensts.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opensts.domain.credential.Session;
import org.opensts.domain.credential.SessionToken;
import org.opensts.domain.credential.SessionTokenCodec;
import org.opensts.domain.error.AuthenticationException;
import org.opensts.domain.error.ErrorCode;
import org.opensts.domain.fixture.TestPrincipals;
import org.opensts.domain.fixture.TestSealingKeys;
import org.opensts.domain.fixture.TestSessions;

/**
 * Remembering opened session tokens never changes what a token opens to: the same session every
 * time, nothing once its key has left the ring, and never another token's session.
 */
class OpenedSessionTokensTest {

  private static final Instant ISSUED = Instant.parse("2025-03-04T05:00:00Z");

  private final TestPorts.Keys keyRing = new TestPorts.Keys(TestSealingKeys.key());

  private static Session session(String name) {
    return TestSessions.aSession(
        TestPrincipals.deployerSession(name), ISSUED, TestSessions.ONE_HOUR);
  }

  private static SessionToken sealed(Session session) {
    return SessionTokenCodec.seal(session, TestSealingKeys.key(), new SplittableRandom(7));
  }

  @Test
  void givenATokenOpenedBefore_open_givesTheSameSessionAgain() {
    OpenedSessionTokens tokens = new OpenedSessionTokens(keyRing);
    Session session = session("build-1");
    SessionToken token = sealed(session);

    assertEquals(session, tokens.open(token));
    assertEquals(session, tokens.open(new SessionToken(new String(token.value()))));
  }

  @Test
  void givenATokenOpenedBefore_open_refusesItOnceItsKeyHasLeftTheRing() {
    OpenedSessionTokens tokens = new OpenedSessionTokens(keyRing);
    SessionToken token = sealed(session("build-1"));
    tokens.open(token);

    keyRing.forget(TestSealingKeys.key().id());

    AuthenticationException error =
        assertThrows(AuthenticationException.class, () -> tokens.open(token));
    assertEquals(ErrorCode.INVALID_CLIENT_TOKEN_ID, error.code());
  }

  @Test
  void givenTokensSharingOneSlot_open_givesEachItsOwnSession() {
    OpenedSessionTokens tokens = new OpenedSessionTokens(keyRing, 1);
    Session first = session("build-1");
    Session second = session("build-2");
    SessionToken firstToken = sealed(first);
    SessionToken secondToken = sealed(second);

    for (int round = 0; round < 3; round++) {
      assertEquals(first, tokens.open(firstToken));
      assertEquals(second, tokens.open(secondToken));
    }
  }

  @Test
  void givenAGenuineTokenOpenedBefore_open_stillRefusesATamperedCopy() {
    OpenedSessionTokens tokens = new OpenedSessionTokens(keyRing, 1);
    String genuine = sealed(session("build-1")).value();
    tokens.open(new SessionToken(genuine));
    int middle = genuine.length() / 2;
    String tampered =
        genuine.substring(0, middle)
            + (genuine.charAt(middle) == 'A' ? 'B' : 'A')
            + genuine.substring(middle + 1);

    AuthenticationException error =
        assertThrows(AuthenticationException.class, () -> tokens.open(new SessionToken(tampered)));
    assertEquals(ErrorCode.INVALID_CLIENT_TOKEN_ID, error.code());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 3, 1000})
  void givenSlotsThatAreNotAPowerOfTwo_theCache_isRefused(int slots) {
    assertThrows(IllegalArgumentException.class, () -> new OpenedSessionTokens(keyRing, slots));
  }
}
