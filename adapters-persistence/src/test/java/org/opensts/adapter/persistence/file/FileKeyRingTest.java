package org.opensts.adapter.persistence.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensts.application.port.out.KeyRing;
import org.opensts.domain.credential.SealingKey;

/** Rotation and pruning of the file store's key ring, and both across a reopen. */
class FileKeyRingTest {

  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

  @TempDir Path directory;

  private FileStores open() {
    return FileStores.open(
        directory,
        TestFileStores.MASTER_KEY,
        TestFileStores.KNOWN_DOCUMENTS,
        new FileStores.Options(1000, Clock.fixed(START, ZoneOffset.UTC)));
  }

  @Test
  void givenRotation_reopen_keepsTheNewKeyCurrentAndTheOldKeyFindable() {
    SealingKey first;
    SealingKey second;
    try (FileStores stores = open()) {
      first = stores.keyRing().current();
      second = stores.keyRing().rotate(START.plusSeconds(60));
    }

    try (FileStores reopened = open()) {
      KeyRing ring = reopened.keyRing();
      assertEquals(second, ring.current());
      assertEquals(first, ring.find(first.id()).orElseThrow());
      assertEquals(List.of(second.id(), first.id()), ring.keyIds());
    }
  }

  @Test
  void givenKeysRetiredLongerAgoThanTheRetention_prune_removesThemDurably() {
    SealingKey first;
    SealingKey second;
    SealingKey third;
    Instant secondAt = START.plus(Duration.ofDays(1));
    Instant thirdAt = secondAt.plus(Duration.ofDays(1));
    try (FileStores stores = open()) {
      KeyRing ring = stores.keyRing();
      first = ring.current();
      second = ring.rotate(secondAt);
      third = ring.rotate(thirdAt);

      // first retired at secondAt; second at thirdAt.
      assertEquals(List.of(), ring.prune(secondAt.minusSeconds(1)));
      assertEquals(List.of(first.id()), ring.prune(secondAt));
      assertTrue(ring.find(first.id()).isEmpty());
      assertEquals(List.of(third.id(), second.id()), ring.keyIds());
    }

    try (FileStores reopened = open()) {
      KeyRing ring = reopened.keyRing();
      assertEquals(third, ring.current());
      assertTrue(ring.find(first.id()).isEmpty());
      assertEquals(second, ring.find(second.id()).orElseThrow());
      // The current key is never pruned.
      assertEquals(List.of(second.id()), ring.prune(thirdAt.plus(Duration.ofDays(365))));
      assertEquals(List.of(third.id()), ring.keyIds());
    }
  }

  @Test
  void givenClockBehindTheCurrentKey_rotate_stillMakesTheNewKeyCurrentAcrossReopen() {
    SealingKey next;
    try (FileStores stores = open()) {
      next = stores.keyRing().rotate(START.minus(Duration.ofDays(3)));
      assertEquals(next, stores.keyRing().current());
    }
    try (FileStores reopened = open()) {
      assertEquals(next, reopened.keyRing().current());
    }
  }
}
