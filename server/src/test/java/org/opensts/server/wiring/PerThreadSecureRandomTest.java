package org.opensts.server.wiring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class PerThreadSecureRandomTest {

  private final PerThreadSecureRandom random = new PerThreadSecureRandom();

  @Test
  void givenDrawsAcrossManyBlocks_noValue_comesTwice() {
    Set<Long> seen = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      seen.add(random.nextLong());
    }

    assertEquals(10_000, seen.size());
  }

  @Test
  void givenArraysOfEverySize_eachIsFilled_andNoneRepeatsAnother() {
    Set<String> seen = new HashSet<>();
    for (int length : new int[] {16, 24, 100, 511, 512, 513, 4096}) {
      for (int i = 0; i < 20; i++) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        assertFalse(allZero(bytes), "filled: " + length);
        seen.add(Arrays.toString(bytes));
      }
    }

    assertEquals(7 * 20, seen.size());
  }

  @Test
  void givenInterleavedSizes_theBytes_stillComeFromTheGenerator() {
    for (int i = 0; i < 2_000; i++) {
      byte[] three = new byte[3];
      random.nextBytes(three);
      random.nextInt();
    }
    byte[] after = new byte[64];
    random.nextBytes(after);

    assertFalse(allZero(after));
  }

  @Test
  void givenTwoThreads_theirStreams_differ() {
    long here = random.nextLong();
    long there = CompletableFuture.supplyAsync(random::nextLong).join();

    assertNotEquals(here, there);
  }

  private static boolean allZero(byte[] bytes) {
    for (byte b : bytes) {
      if (b != 0) {
        return false;
      }
    }
    return true;
  }
}
