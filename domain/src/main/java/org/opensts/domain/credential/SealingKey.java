package org.opensts.domain.credential;

import java.util.Objects;
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

  @Override
  public String toString() {
    return "SealingKey[" + id + "]";
  }
}
