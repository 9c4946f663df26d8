package org.opensts.adapter.persistence.memory;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.KeyGenerator;
import org.opensts.application.port.out.KeyRing;
import org.opensts.domain.credential.SealingKey;

/**
 * A key ring of one AES-256 key generated at start-up. Tokens it sealed die with the process, which
 * is what an in-memory deployment expects.
 */
public final class GeneratedKeyRing implements KeyRing {

  private final SealingKey key;

  public GeneratedKeyRing(SecureRandom random) {
    try {
      KeyGenerator generator = KeyGenerator.getInstance("AES");
      generator.init(256, random);
      byte[] id = new byte[8];
      random.nextBytes(id);
      this.key = new SealingKey(HexFormat.of().formatHex(id), generator.generateKey());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("AES is not available", e);
    }
  }

  @Override
  public SealingKey current() {
    return key;
  }

  @Override
  public Optional<SealingKey> find(String keyId) {
    return key.id().equals(keyId) ? Optional.of(key) : Optional.empty();
  }
}
