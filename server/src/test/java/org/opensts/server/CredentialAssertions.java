package org.opensts.server;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

/** Assertions on issued credentials. */
final class CredentialAssertions {

  private CredentialAssertions() {}

  /**
   * The credentials, requested at {@code before}, expire {@code expected} later (within seconds).
   */
  static void assertLasts(Duration expected, Instant before, Instant expiration) {
    Duration lasts = Duration.between(before.minusSeconds(1), expiration);
    assertTrue(
        lasts.compareTo(expected) >= 0 && lasts.compareTo(expected.plusSeconds(10)) <= 0,
        "expected about " + expected + " but the credentials last " + lasts);
  }
}
