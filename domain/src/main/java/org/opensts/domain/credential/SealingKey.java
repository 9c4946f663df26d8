package org.opensts.domain.credential;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;

/** One AES-256 key of the key ring, named so that tokens can say which key sealed them. */
public record SealingKey(String id, SecretKey key) {

  public SealingKey {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(key, "key");
    // The id travels in the token header as ASCII, one byte per character.
    if (id.isEmpty() || id.length() > 64 || !id.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
      throw new IllegalArgumentException("A key id has 1 to 64 printable ASCII characters");
    }
    if (!"AES".equals(key.getAlgorithm())
        || key.getEncoded() == null
        || key.getEncoded().length != 32) {
      throw new IllegalArgumentException("A sealing key is a 256-bit AES key");
    }
  }

  /** A new random AES-256 key under a random 16-hex-digit id. */
  public static SealingKey generate(SecureRandom random) {
    try {
      KeyGenerator generator = KeyGenerator.getInstance("AES");
      generator.init(256, random);
      byte[] id = new byte[8];
      random.nextBytes(id);
      return new SealingKey(HexFormat.of().formatHex(id), generator.generateKey());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("AES is not available", e);
    }
  }

  @Override
  public String toString() {
    return "SealingKey[" + id + "]";
  }
}
