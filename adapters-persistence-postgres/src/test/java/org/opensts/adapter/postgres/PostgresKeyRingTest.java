package org.opensts.adapter.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opensts.application.port.out.KeyRing;
import org.opensts.domain.credential.SealingKey;

/** Rotation and pruning of the shared key ring, and both across a restart of the node. */
class PostgresKeyRingTest {

  /** After the first key, which the node dates by the system clock. */
  private static final Instant START = Instant.now().plus(Duration.ofDays(1));

  private final DataSource database = TestDatabases.fresh();
  private PostgresStores node = SharedPostgresStores.startedOn(database);

  @AfterEach
  void close() {
    node.close();
  }

  private KeyRing restarted() {
    node.close();
    node = SharedPostgresStores.startedOn(database);
    return node.keyRing();
  }

  @Test
  void givenEmptyDatabase_current_isTheOnlyKeyAndIsFoundByItsId() {
    KeyRing ring = node.keyRing();

    SealingKey first = ring.current();

    assertEquals(first, ring.find(first.id()).orElseThrow());
    assertEquals(List.of(first.id()), ring.keyIds());
    assertEquals(first, restarted().current());
  }

  @Test
  void givenRotation_restart_keepsTheNewKeyCurrentAndTheOldKeyFindable() {
    SealingKey first = node.keyRing().current();
    SealingKey second = node.keyRing().rotate(START.plusSeconds(60));
    assertNotEquals(first.id(), second.id());
    assertEquals(second, node.keyRing().current());

    KeyRing ring = restarted();

    assertEquals(second, ring.current());
    assertEquals(first, ring.find(first.id()).orElseThrow());
    assertEquals(List.of(second.id(), first.id()), ring.keyIds());
  }

  @Test
  void givenKeysRetiredBeforeTheCutoff_prune_removesThemDurablyButNeverTheCurrent() {
    KeyRing ring = node.keyRing();
    SealingKey first = ring.current();
    Instant secondAt = START.plus(Duration.ofDays(1));
    Instant thirdAt = secondAt.plus(Duration.ofDays(1));
    SealingKey second = ring.rotate(secondAt);
    SealingKey third = ring.rotate(thirdAt);

    // first retired at secondAt; second at thirdAt.
    assertEquals(List.of(), ring.prune(secondAt.minusSeconds(1)));
    assertEquals(List.of(first.id()), ring.prune(secondAt));
    assertTrue(ring.find(first.id()).isEmpty());
    assertEquals(List.of(third.id(), second.id()), ring.keyIds());

    KeyRing reopened = restarted();
    assertEquals(third, reopened.current());
    assertTrue(reopened.find(first.id()).isEmpty());
    assertEquals(second, reopened.find(second.id()).orElseThrow());
    assertEquals(List.of(second.id()), reopened.prune(thirdAt.plus(Duration.ofDays(365))));
    assertEquals(List.of(third.id()), reopened.keyIds());
  }

  @Test
  void givenClockBehindTheCurrentKey_rotate_stillMakesTheNewKeyCurrentAcrossRestart() {
    node.keyRing().rotate(START);

    SealingKey next = node.keyRing().rotate(START.minus(Duration.ofDays(30)));

    assertEquals(next, node.keyRing().current());
    assertEquals(next, restarted().current());
  }

  @Test
  void givenUnknownKeyId_find_returnsNothingAgainAndAgain() {
    KeyRing ring = node.keyRing();
    ring.current();

    assertTrue(ring.find("0123456789abcdef").isEmpty());
    assertTrue(ring.find("0123456789abcdef").isEmpty());
  }
}
