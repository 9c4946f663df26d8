package org.opensts.domain.secret;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Encrypts one secret value of a change record with AES-256-GCM under the master key: a random
 * 96-bit nonce per value, and the record's type and key as additional data, so that a sealed value
 * copied into another record does not open. The result is base64 of nonce followed by ciphertext
 * and tag.
 */
public final class SecretBox {

  private static final String TRANSFORMATION = "AES/GCM/NoPadding";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  /** The sealed value does not open under this master key: wrong key, or a tampered value. */
  public static final class WrongKeyException extends Exception {
    private static final long serialVersionUID = 1L;

    WrongKeyException(Throwable cause) {
      super(cause.getMessage(), cause);
    }
  }

  private final MasterKey masterKey;
  private final SecureRandom random;

  public SecretBox(MasterKey masterKey, SecureRandom random) {
    this.masterKey = masterKey;
    this.random = random;
  }

  public String seal(byte[] plaintext, String associatedData) {
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    try {
      Cipher cipher = Cipher.getInstance(TRANSFORMATION);
      cipher.init(
          Cipher.ENCRYPT_MODE, masterKey.secretKey(), new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
      byte[] sealed = cipher.doFinal(plaintext);
      return Base64.getEncoder()
          .encodeToString(
              ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }

  public byte[] open(String sealed, String associatedData) throws WrongKeyException {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(sealed);
    } catch (IllegalArgumentException e) {
      throw new WrongKeyException(e);
    }
    if (bytes.length < NONCE_BYTES + TAG_BITS / 8) {
      throw new WrongKeyException(new IllegalArgumentException("sealed value too short"));
    }
    try {
      Cipher cipher = Cipher.getInstance(TRANSFORMATION);
      cipher.init(
          Cipher.DECRYPT_MODE,
          masterKey.secretKey(),
          new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
      cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
      return cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
    } catch (AEADBadTagException e) {
      throw new WrongKeyException(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }
}
