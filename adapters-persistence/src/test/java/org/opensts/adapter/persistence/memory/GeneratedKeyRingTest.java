package org.opensts.adapter.persistence.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opensts.domain.credential.SealingKey;

class GeneratedKeyRingTest {

  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void givenNewRing_findCurrentKeyId_returnsTheCurrentKey() {
    GeneratedKeyRing ring = new GeneratedKeyRing(new SecureRandom());

    assertEquals(ring.current(), ring.find(ring.current().id()).orElseThrow());
  }

  @Test
  void givenTwoRings_keys_differAndAreForeignToEachOther() {
    GeneratedKeyRing first = new GeneratedKeyRing(new SecureRandom());
    GeneratedKeyRing second = new GeneratedKeyRing(new SecureRandom());

    assertNotEquals(first.current().id(), second.current().id());
    assertTrue(second.find(first.current().id()).isEmpty());
  }

  @Test
  void givenRotation_newKeyIsCurrent_andTheOldOneStillFound() {
    GeneratedKeyRing ring = new GeneratedKeyRing(new SecureRandom());
    SealingKey old = ring.current();

    SealingKey next = ring.rotate(T0);

    assertNotEquals(old.id(), next.id());
    assertEquals(next, ring.current());
    assertEquals(old, ring.find(old.id()).orElseThrow());
    assertEquals(List.of(next.id(), old.id()), ring.keyIds());
  }

  @Test
  void givenRetiredKeys_prune_removesOnlyThoseRetiredByTheCutoffAndNeverTheCurrent() {
    GeneratedKeyRing ring = new GeneratedKeyRing(new SecureRandom());
    SealingKey first = ring.current();
    SealingKey second = ring.rotate(T0);
    SealingKey third = ring.rotate(T0.plus(Duration.ofDays(1)));

    assertEquals(List.of(), ring.prune(T0.minusSeconds(1)));
    assertEquals(List.of(first.id()), ring.prune(T0));
    assertTrue(ring.find(first.id()).isEmpty());
    assertEquals(List.of(second.id()), ring.prune(T0.plus(Duration.ofDays(400))));
    assertEquals(List.of(third.id()), ring.keyIds());
    assertEquals(third, ring.current());
  }
}
