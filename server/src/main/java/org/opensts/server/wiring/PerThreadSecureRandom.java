package org.opensts.server.wiring;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.random.RandomGenerator;

/**
 * Cryptographic randomness without a shared lock: each thread draws from its own DRBG instance,
 * seeded by the JDK from the operating system. One SecureRandom shared by every request thread
 * makes them queue for key ids, secrets and nonces.
 */
final class PerThreadSecureRandom implements RandomGenerator {

  private static final ThreadLocal<SecureRandom> GENERATORS =
      ThreadLocal.withInitial(PerThreadSecureRandom::drbg);

  @Override
  public long nextLong() {
    return GENERATORS.get().nextLong();
  }

  @Override
  public int nextInt() {
    return GENERATORS.get().nextInt();
  }

  @Override
  public void nextBytes(byte[] bytes) {
    GENERATORS.get().nextBytes(bytes);
  }

  private static SecureRandom drbg() {
    try {
      return SecureRandom.getInstance("DRBG");
    } catch (NoSuchAlgorithmException e) {
      return new SecureRandom();
    }
  }
}
