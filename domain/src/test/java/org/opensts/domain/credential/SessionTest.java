package org.opensts.domain.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opensts.domain.fixture.TestCallers;
import org.opensts.domain.fixture.TestClocks;
import org.opensts.domain.fixture.TestPrincipals;
import org.opensts.domain.fixture.TestSessions;
import org.opensts.domain.identity.AccessKeyId;
import org.opensts.domain.identity.SecretAccessKey;

/** What a temporary credential stands for: an ASIA key, valid from issue until (not at) expiry. */
class SessionTest {

  private static final Instant ISSUED = TestClocks.NOW;
  private static final Instant EXPIRES = ISSUED.plus(Duration.ofHours(1));
  private static final AccessKeyId TEMPORARY = new AccessKeyId("ASIAQAAAAAAAGMKEM7X5");
  private static final SecretAccessKey SECRET = new SecretAccessKey("secret-secret-secret");

  @Test
  void givenLongTermKeyId_constructor_refusesIt() {
    IllegalArgumentException error =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new Session(
                    new AccessKeyId("AKIAIOSFODNN7EXAMPLE"),
                    SECRET,
                    TestPrincipals.alice(),
                    ISSUED,
                    EXPIRES,
                    SessionContext.NONE));

    assertEquals("A session's access key id starts with ASIA", error.getMessage());
  }

  static Stream<Arguments> badLifetimes() {
    return Stream.of(
        arguments("expiring when issued", ISSUED, ISSUED),
        arguments("expiring before it is issued", ISSUED, ISSUED.minusSeconds(1)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badLifetimes")
  void givenExpiryNotAfterIssue_constructor_refusesIt(
      String description, Instant issued, Instant expires) {
    IllegalArgumentException error =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new Session(
                    TEMPORARY,
                    SECRET,
                    TestPrincipals.alice(),
                    issued,
                    expires,
                    SessionContext.NONE));

    assertEquals("A session expires after it is issued", error.getMessage());
  }

  static Stream<Arguments> instants() {
    return Stream.of(
        arguments("at issue", ISSUED, false),
        arguments("one nanosecond before expiry", EXPIRES.minusNanos(1), false),
        arguments("exactly at expiry", EXPIRES, true),
        arguments("one second after expiry", EXPIRES.plusSeconds(1), true),
        arguments("a day later", EXPIRES.plus(Duration.ofDays(1)), true));
  }

  @ParameterizedTest(name = "{0}: expired = {2}")
  @MethodSource("instants")
  void givenInstant_isExpiredAt_isTrueFromTheExpiryOn(
      String description, Instant now, boolean expired) {
    Session session =
        new Session(
            TEMPORARY, SECRET, TestPrincipals.alice(), ISSUED, EXPIRES, SessionContext.NONE);

    assertEquals(expired, session.isExpiredAt(now));
  }

  @Test
  void givenRoleSession_isRoleSession_isTrue() {
    assertTrue(TestSessions.aSession(TestPrincipals.deployerSession("s1")).isRoleSession());
  }

  @Test
  void givenSessionOfUserOrRoot_isRoleSession_isFalse() {
    assertFalse(TestSessions.aSession(TestPrincipals.alice()).isRoleSession());
    assertFalse(TestSessions.aSession(TestPrincipals.root()).isRoleSession());
  }

  @Test
  void givenSessionCaller_itIsTemporaryAndSignsWithTheSessionSecret() {
    Session session = TestSessions.aSession(TestPrincipals.alice());
    SessionCaller caller = new SessionCaller(session, TestCallers.ORIGIN);

    assertTrue(caller.isTemporary());
    assertEquals(session.secretAccessKey(), caller.signingSecret());
    assertEquals(TestPrincipals.alice(), caller.principal());
  }

  @Test
  void givenLongTermKeyCaller_itIsNotTemporaryAndSignsWithTheKeySecret() {
    LongTermKeyCaller caller = TestCallers.withLongTermKey(TestPrincipals.alice());

    assertFalse(caller.isTemporary());
    assertEquals(TestCallers.SECRET, caller.signingSecret());
    assertEquals(TestPrincipals.alice(), caller.principal());
  }
}
