package org.opensts.application.service;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * One token bucket per key: {@code burst} requests at once, refilled at {@code ratePerSecond}. The
 * map is bounded: a bucket that has refilled completely is indistinguishable from a new one, so
 * such buckets are dropped when the map is full; keys beyond the bound share one bucket.
 */
final class TokenBuckets {

  private static final long SWEEP_INTERVAL_NANOS = 1_000_000_000L;

  private final double tokensPerNano;
  private final double burst;
  private final int maxKeys;
  private final LongSupplier nanoTime;
  private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();
  private final AtomicLong lastSweep;
  private final Bucket overflow;

  TokenBuckets(double ratePerSecond, int burst, int maxKeys, LongSupplier nanoTime) {
    this.tokensPerNano = ratePerSecond / 1e9;
    this.burst = burst;
    this.maxKeys = maxKeys;
    this.nanoTime = nanoTime;
    long now = nanoTime.getAsLong();
    this.lastSweep = new AtomicLong(now - SWEEP_INTERVAL_NANOS);
    this.overflow = new Bucket(burst, now);
  }

  /** Takes a token from the key's bucket; false when the bucket is empty. */
  boolean tryTake(String key) {
    long now = nanoTime.getAsLong();
    Bucket bucket = buckets.get(key);
    if (bucket == null) {
      if (buckets.size() >= maxKeys) {
        sweep(now);
      }
      bucket =
          buckets.size() >= maxKeys
              ? overflow
              : buckets.computeIfAbsent(key, k -> new Bucket(burst, now));
    }
    return bucket.tryTake(now);
  }

  int trackedKeys() {
    return buckets.size();
  }

  /** Drops full buckets, at most once a second so that a flood of new keys stays cheap. */
  private void sweep(long now) {
    long last = lastSweep.get();
    if (now - last >= SWEEP_INTERVAL_NANOS && lastSweep.compareAndSet(last, now)) {
      buckets.values().removeIf(b -> b.isFullAt(now));
    }
  }

  private final class Bucket {

    private double tokens;
    private long refilledAt;

    Bucket(double tokens, long now) {
      this.tokens = tokens;
      this.refilledAt = now;
    }

    synchronized boolean tryTake(long now) {
      refill(now);
      if (tokens < 1) {
        return false;
      }
      tokens -= 1;
      return true;
    }

    synchronized boolean isFullAt(long now) {
      refill(now);
      return tokens >= burst;
    }

    private void refill(long now) {
      tokens = Math.min(burst, tokens + Math.max(0, now - refilledAt) * tokensPerNano);
      refilledAt = now;
    }
  }
}
