package org.opensts.server.wiring;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * Cryptographic randomness without a shared lock: each thread draws from its own DRBG instance,
 * seeded by the JDK from the operating system. One SecureRandom shared by every request thread
 * makes them queue for key ids, secrets and nonces.
 *
 * <p>Each thread draws its DRBG's output a block at a time and hands it out in order, every byte
 * once, zeroed once handed out: a DRBG call costs about as much for 512 bytes as for the 8 of one
 * {@code nextLong}, and issuing a session takes a dozen such draws.
 */
final class PerThreadSecureRandom implements RandomGenerator {

  private static final ThreadLocal<Block> BLOCKS = ThreadLocal.withInitial(Block::new);

  @Override
  public long nextLong() {
    return BLOCKS.get().nextLong();
  }

  @Override
  public void nextBytes(byte[] bytes) {
    BLOCKS.get().nextBytes(bytes);
  }

  /** One thread's DRBG and the part of its last output not handed out yet. */
  private static final class Block {

    private static final int SIZE = 512;
    private static final VarHandle LONGS =
        MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.nativeOrder());

    private final SecureRandom drbg = drbg();
    private final byte[] bytes = new byte[SIZE];
    private int next = SIZE;

    long nextLong() {
      refillFor(Long.BYTES);
      long value = (long) LONGS.get(bytes, next);
      LONGS.set(bytes, next, 0L);
      next += Long.BYTES;
      return value;
    }

    void nextBytes(byte[] out) {
      if (out.length > SIZE) {
        drbg.nextBytes(out);
        return;
      }
      refillFor(out.length);
      System.arraycopy(bytes, next, out, 0, out.length);
      Arrays.fill(bytes, next, next + out.length, (byte) 0);
      next += out.length;
    }

    private void refillFor(int count) {
      if (SIZE - next < count) {
        drbg.nextBytes(bytes);
        next = 0;
      }
    }

    private static SecureRandom drbg() {
      try {
        return SecureRandom.getInstance("DRBG");
      } catch (NoSuchAlgorithmException e) {
        return new SecureRandom();
      }
    }
  }
}
