package org.opensts.domain.identity;

import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * Version 4 UUIDs from the given source of randomness: token, issuer, request and event ids. With a
 * fast per-thread generator they cost no lock, unlike {@link UUID#randomUUID()}.
 */
public final class RandomUuids {

  private RandomUuids() {}

  public static String next(RandomGenerator random) {
    long high = (random.nextLong() & ~0xF000L) | 0x4000L;
    long low = (random.nextLong() & ~(0xC000L << 48)) | (0x8000L << 48);
    return new UUID(high, low).toString();
  }
}
