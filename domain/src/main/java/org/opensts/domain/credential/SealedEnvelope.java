package org.opensts.domain.credential;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidAlgorithmParameterException;
import java.util.Optional;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Authenticated encryption of what only this service may read back: {@code version | key id length
 * | key id | 96-bit nonce | AES-256-GCM ciphertext and tag}. The header and a purpose string are
 * authenticated as additional data, so neither the version nor the key id can be swapped, and an
 * envelope sealed for one purpose (a session token) never opens as another (an authorization
 * message).
 */
public final class SealedEnvelope {

  /** One cipher per thread: looking one up costs more than the encryption of a token. */
  private static final ThreadLocal<Cipher> GCM =
      ThreadLocal.withInitial(
          () -> {
            try {
              return Cipher.getInstance("AES/GCM/NoPadding");
            } catch (GeneralSecurityException e) {
              throw new IllegalStateException("AES-GCM is not available", e);
            }
          });

  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final byte version;
  private final byte[] purpose;

  public SealedEnvelope(byte version, String purpose) {
    this.version = version;
    this.purpose = purpose.getBytes(StandardCharsets.US_ASCII);
  }

  public byte[] seal(byte[] plain, SealingKey key, RandomGenerator random) {
    byte[] id = key.id().getBytes(StandardCharsets.US_ASCII);
    int headerLength = 2 + id.length;
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    byte[] envelope = new byte[headerLength + NONCE_BYTES + plain.length + TAG_BITS / 8];
    envelope[0] = version;
    envelope[1] = (byte) id.length;
    System.arraycopy(id, 0, envelope, 2, id.length);
    System.arraycopy(nonce, 0, envelope, headerLength, NONCE_BYTES);
    try {
      Cipher cipher = encryptor(key, nonce);
      cipher.updateAAD(purpose);
      cipher.updateAAD(envelope, 0, headerLength);
      cipher.doFinal(plain, 0, plain.length, envelope, headerLength + NONCE_BYTES);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
    return envelope;
  }

  /**
   * The plaintext, or empty when the envelope is not one this service sealed for this purpose with
   * a key of the ring: another version, truncated, tampered with, or an unknown key.
   */
  public Optional<byte[]> open(byte[] envelope, Function<String, Optional<SealingKey>> keys) {
    if (envelope.length < 2 || envelope[0] != version) {
      return Optional.empty();
    }
    int headerLength = 2 + (envelope[1] & 0xff);
    if (envelope.length < headerLength + NONCE_BYTES + TAG_BITS / 8) {
      return Optional.empty();
    }
    String keyId = new String(envelope, 2, headerLength - 2, StandardCharsets.US_ASCII);
    Optional<SealingKey> key = keys.apply(keyId);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    try {
      Cipher cipher = GCM.get();
      cipher.init(
          Cipher.DECRYPT_MODE,
          key.get().key(),
          new GCMParameterSpec(TAG_BITS, envelope, headerLength, NONCE_BYTES));
      cipher.updateAAD(purpose);
      cipher.updateAAD(envelope, 0, headerLength);
      return Optional.of(
          cipher.doFinal(
              envelope, headerLength + NONCE_BYTES, envelope.length - headerLength - NONCE_BYTES));
    } catch (GeneralSecurityException e) {
      return Optional.empty();
    }
  }

  /**
   * The thread's cipher, ready to encrypt. A cipher refuses the nonce it encrypted with last; only
   * a seeded test generator repeats one, and a fresh cipher serves it.
   */
  private static Cipher encryptor(SealingKey key, byte[] nonce) throws GeneralSecurityException {
    GCMParameterSpec spec = new GCMParameterSpec(TAG_BITS, nonce);
    Cipher cipher = GCM.get();
    try {
      cipher.init(Cipher.ENCRYPT_MODE, key.key(), spec);
    } catch (InvalidAlgorithmParameterException repeatedNonce) {
      cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key.key(), spec);
    }
    return cipher;
  }
}
