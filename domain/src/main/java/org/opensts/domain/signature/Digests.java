package org.opensts.domain.signature;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * SHA-256 and HMAC-SHA256, the two primitives SigV4 is built from. Instances are per thread:
 * looking up a JCA provider on every call costs more than the hashing itself.
 */
final class Digests {

  private static final String HMAC_SHA256 = "HmacSHA256";
  private static final HexFormat HEX = HexFormat.of();

  private static final ThreadLocal<MessageDigest> SHA256 =
      ThreadLocal.withInitial(() -> create(() -> MessageDigest.getInstance("SHA-256")));
  private static final ThreadLocal<KeyedMac> HMAC =
      ThreadLocal.withInitial(() -> new KeyedMac(create(() -> Mac.getInstance(HMAC_SHA256))));

  private Digests() {}

  /** Lower-case hex of the SHA-256 of {@code data}, the form SigV4 writes hashes in. */
  static String sha256Hex(byte[] data) {
    MessageDigest digest = SHA256.get();
    digest.reset();
    return HEX.formatHex(digest.digest(data));
  }

  static byte[] hmacSha256(byte[] key, byte[] data) {
    return HMAC.get().keyedWith(key).doFinal(data);
  }

  /**
   * A thread's Mac and the key it was last initialised with. A Mac is back in its initialised state
   * after each doFinal, so a thread verifying with the same signing key again skips the init (a key
   * spec, a copy of the key, both pads recomputed).
   */
  private static final class KeyedMac {

    private final Mac mac;
    private byte[] key;

    KeyedMac(Mac mac) {
      this.mac = mac;
    }

    /** The Mac keyed with {@code key}; same array, same key: callers never change a key's bytes. */
    Mac keyedWith(byte[] key) {
      if (key != this.key) {
        try {
          mac.init(new SecretKeySpec(key, HMAC_SHA256));
        } catch (GeneralSecurityException e) {
          // HmacSHA256 accepts keys of any length; a JDK without it cannot run this server at all.
          throw new IllegalStateException("HmacSHA256 rejected its key", e);
        }
        this.key = key;
      }
      return mac;
    }
  }

  static String hex(byte[] bytes) {
    return HEX.formatHex(bytes);
  }

  private interface Factory<T> {
    T create() throws GeneralSecurityException;
  }

  private static <T> T create(Factory<T> factory) {
    try {
      return factory.create();
    } catch (GeneralSecurityException e) {
      // Every Java SE platform must provide SHA-256 and HmacSHA256.
      throw new IllegalStateException("The JDK lacks a mandatory algorithm", e);
    }
  }
}
