package org.opensts.adapter.persistence.memory;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.opensts.application.port.out.WebTokenSigningKeyRing;
import org.opensts.domain.webtoken.SigningAlgorithm;
import org.opensts.domain.webtoken.WebTokenSigningKey;

/**
 * Web token signing keys generated in memory when first needed. Tokens they signed cannot be
 * verified after a restart, which is what an in-memory deployment expects.
 */
public final class GeneratedWebTokenSigningKeyRing implements WebTokenSigningKeyRing {

  private final SecureRandom random;
  // Guarded by this: oldest first.
  private final List<WebTokenSigningKey> keys = new ArrayList<>();

  public GeneratedWebTokenSigningKeyRing(SecureRandom random) {
    this.random = Objects.requireNonNull(random, "random");
  }

  @Override
  public synchronized WebTokenSigningKey current(SigningAlgorithm algorithm, Instant now) {
    for (WebTokenSigningKey key : keys) {
      if (key.algorithm() == algorithm && key.retiredAt() == null) {
        return key;
      }
    }
    WebTokenSigningKey first =
        new WebTokenSigningKey(
            algorithm.keyId(0), algorithm, generate(algorithm, random), now, null);
    keys.add(first);
    return first;
  }

  @Override
  public synchronized List<WebTokenSigningKey> published() {
    return List.copyOf(keys);
  }

  @Override
  public synchronized WebTokenSigningKey rotate(SigningAlgorithm algorithm, Instant now) {
    int generation = 0;
    for (int i = 0; i < keys.size(); i++) {
      WebTokenSigningKey key = keys.get(i);
      if (key.algorithm() != algorithm) {
        continue;
      }
      generation = Math.max(generation, generationOf(key) + 1);
      if (key.retiredAt() == null) {
        keys.set(i, key.retiredAt(now));
      }
    }
    WebTokenSigningKey next =
        new WebTokenSigningKey(
            algorithm.keyId(generation), algorithm, generate(algorithm, random), now, null);
    keys.add(next);
    return next;
  }

  @Override
  public synchronized List<String> prune(Instant retiredAtOrBefore) {
    List<String> removed = new ArrayList<>();
    keys.removeIf(
        key -> {
          boolean old = key.retiredAt() != null && !key.retiredAt().isAfter(retiredAtOrBefore);
          if (old) {
            removed.add(key.keyId());
          }
          return old;
        });
    return removed;
  }

  /** A fresh pair for the algorithm: RSA 2048 or EC P-384. */
  public static KeyPair generate(SigningAlgorithm algorithm, SecureRandom random) {
    try {
      if (algorithm == SigningAlgorithm.RS256) {
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048, random);
        return rsa.generateKeyPair();
      }
      KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
      ec.initialize(new ECGenParameterSpec("secp384r1"), random);
      return ec.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("The JDK cannot generate " + algorithm + " keys", e);
    }
  }

  private static int generationOf(WebTokenSigningKey key) {
    String id = key.keyId();
    return Integer.parseInt(id.substring(id.lastIndexOf('_') + 1));
  }
}
