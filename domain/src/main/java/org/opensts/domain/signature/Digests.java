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
  private static final ThreadLocal<Mac> HMAC =
      ThreadLocal.withInitial(() -> create(() -> Mac.getInstance(HMAC_SHA256)));

  private Digests() {}

  /** Lower-case hex of the SHA-256 of {@code data}, the form SigV4 writes hashes in. */
  static String sha256Hex(byte[] data) {
    MessageDigest digest = SHA256.get();
    digest.reset();
    return HEX.formatHex(digest.digest(data));
  }

  static byte[] hmacSha256(byte[] key, byte[] data) {
    Mac mac = HMAC.get();
    try {
      mac.init(new SecretKeySpec(key, HMAC_SHA256));
    } catch (GeneralSecurityException e) {
      // HmacSHA256 accepts keys of any length; a JDK without it cannot run this server at all.
      throw new IllegalStateException("HmacSHA256 rejected its key", e);
    }
    return mac.doFinal(data);
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
