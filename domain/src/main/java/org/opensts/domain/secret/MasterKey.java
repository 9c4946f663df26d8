package org.opensts.domain.secret;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The AES-256 key that encrypts secrets at rest in a store (the data directory, the database): the
 * base64 of 32 random bytes, as {@code head -c 32 /dev/urandom | base64} prints it.
 */
public final class MasterKey {

  private static final int KEY_BYTES = 32;
  private static final String HOW_TO_GENERATE =
      "it must be the base64 of 32 random bytes; generate one with: head -c 32 /dev/urandom |"
          + " base64";

  private final SecretKey key;

  private MasterKey(byte[] bytes) {
    this.key = new SecretKeySpec(bytes, "AES");
  }

  /**
   * @throws IllegalArgumentException saying how to make a valid key, when the text is not the
   *     base64 of 32 bytes
   */
  public static MasterKey fromBase64(String base64) {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(base64 == null ? "" : base64.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("The master key is not valid base64: " + HOW_TO_GENERATE);
    }
    if (bytes.length != KEY_BYTES) {
      throw new IllegalArgumentException(
          "The master key has " + bytes.length + " bytes, not 32: " + HOW_TO_GENERATE);
    }
    return new MasterKey(bytes);
  }

  /** The key held, in base64, by a file such as a mounted secret. */
  public static MasterKey readFrom(Path file) {
    try {
      return fromBase64(Files.readString(file, StandardCharsets.US_ASCII));
    } catch (IOException e) {
      throw new IllegalArgumentException("Cannot read the master key file " + file + ": " + e, e);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Master key file " + file + ": " + e.getMessage(), e);
    }
  }

  /** A new random key, for tests and tools. */
  public static MasterKey generate(SecureRandom random) {
    byte[] bytes = new byte[KEY_BYTES];
    random.nextBytes(bytes);
    return new MasterKey(bytes);
  }

  /** The key in the form {@link #fromBase64} reads. */
  public String toBase64() {
    return Base64.getEncoder().encodeToString(key.getEncoded());
  }

  SecretKey secretKey() {
    return key;
  }

  @Override
  public String toString() {
    return "MasterKey[****]";
  }
}
