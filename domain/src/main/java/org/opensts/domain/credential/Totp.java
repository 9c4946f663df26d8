package org.opensts.domain.credential;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Objects;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords as virtual MFA devices make them (RFC 6238 over RFC 4226 HOTP):
 * HMAC-SHA1, 30-second steps from the Unix epoch, 6 digits.
 */
public final class Totp {

  public static final long STEP_SECONDS = 30;
  private static final int DIGITS = 6;
  private static final int MODULUS = 1_000_000;

  private Totp() {}

  /** The time step an instant falls in: {@code floor(epochSeconds / 30)}. */
  public static long stepAt(Instant instant) {
    return Math.floorDiv(instant.getEpochSecond(), STEP_SECONDS);
  }

  /** The 6-digit code for a time step (RFC 4226 §5.3 dynamic truncation). */
  public static String code(byte[] secret, long step) {
    byte[] hash = hmacSha1(secret, ByteBuffer.allocate(Long.BYTES).putLong(step).array());
    int offset = hash[hash.length - 1] & 0x0f;
    int binary =
        ((hash[offset] & 0x7f) << 24)
            | ((hash[offset + 1] & 0xff) << 16)
            | ((hash[offset + 2] & 0xff) << 8)
            | (hash[offset + 3] & 0xff);
    return String.format("%0" + DIGITS + "d", binary % MODULUS);
  }

  /**
   * Whether two codes are the device's codes for consecutive steps, the first within one step of
   * now either way, as IAM asks when a virtual device is enabled (clocks drift; a user types the
   * second code after the first has rolled over).
   */
  public static boolean areConsecutive(byte[] secret, Instant now, String first, String second) {
    return stepOfConsecutive(secret, now, first, second).isPresent();
  }

  /**
   * The step of the second of two consecutive codes, as {@link #areConsecutive} accepts them, so
   * that neither code can be used again; empty when they are not consecutive codes near now.
   */
  public static OptionalLong stepOfConsecutive(
      byte[] secret, Instant now, String first, String second) {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(second, "second");
    long current = stepAt(now);
    for (long step = current - 1; step <= current + 1; step++) {
      if (matches(code(secret, step), first) && matches(code(secret, step + 1), second)) {
        return OptionalLong.of(step + 1);
      }
    }
    return OptionalLong.empty();
  }

  /**
   * The step, within one of now either way (RFC 6238 §5.2's allowance for clock drift and typing
   * time), whose code the given one is; empty when it is none of them. All three candidates are
   * compared in constant time, so the answer's timing does not tell which step nearly matched.
   */
  public static OptionalLong matchingStep(byte[] secret, Instant now, String code) {
    Objects.requireNonNull(code, "code");
    long current = stepAt(now);
    OptionalLong match = OptionalLong.empty();
    for (long step = current - 1; step <= current + 1; step++) {
      if (matches(code(secret, step), code) && match.isEmpty()) {
        match = OptionalLong.of(step);
      }
    }
    return match;
  }

  private static boolean matches(String expected, String given) {
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] hmacSha1(byte[] key, byte[] message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(key, "HmacSHA1"));
      return mac.doFinal(message);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA1 is required of every Java platform", e);
    }
  }
}
