package org.opensts.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TokenBucketsTest {

  private static final long SECOND = 1_000_000_000L;

  private final AtomicLong now = new AtomicLong(42 * SECOND);

  @Test
  void givenAFullBucket_tryTake_allowsTheBurstThenRefuses() {
    TokenBuckets buckets = new TokenBuckets(1, 3, 10, now::get);

    assertTrue(buckets.tryTake("AKIA1"));
    assertTrue(buckets.tryTake("AKIA1"));
    assertTrue(buckets.tryTake("AKIA1"));
    assertFalse(buckets.tryTake("AKIA1"));
  }

  @Test
  void givenAnEmptyBucket_tryTake_allowsAgainAfterTheRefillTime() {
    TokenBuckets buckets = new TokenBuckets(2, 1, 10, now::get);
    buckets.tryTake("AKIA1");

    now.addAndGet(SECOND / 4);
    assertFalse(buckets.tryTake("AKIA1"));
    now.addAndGet(SECOND / 4);
    assertTrue(buckets.tryTake("AKIA1"));
  }

  @Test
  void givenOneKeyExhausted_tryTake_stillAllowsAnotherKey() {
    TokenBuckets buckets = new TokenBuckets(1, 1, 10, now::get);
    buckets.tryTake("AKIA1");

    assertFalse(buckets.tryTake("AKIA1"));
    assertTrue(buckets.tryTake("AKIA2"));
  }

  @Test
  void givenTheMapFull_tryTake_dropsRefilledBucketsAndSharesOneBeyondTheBound() {
    TokenBuckets buckets = new TokenBuckets(1, 1, 2, now::get);
    buckets.tryTake("AKIA1");
    buckets.tryTake("AKIA2");

    assertTrue(buckets.tryTake("AKIA3"), "beyond the bound, keys share the overflow bucket");
    assertFalse(buckets.tryTake("AKIA4"));
    assertEquals(2, buckets.trackedKeys());

    now.addAndGet(2 * SECOND);
    assertTrue(buckets.tryTake("AKIA5"));
    assertEquals(1, buckets.trackedKeys());
  }
}
