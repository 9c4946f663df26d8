package org.opensts.adapter.persistence.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class GeneratedKeyRingTest {

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
}
