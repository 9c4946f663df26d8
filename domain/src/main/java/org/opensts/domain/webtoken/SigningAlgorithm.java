package org.opensts.domain.webtoken;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.util.Optional;

/** The two algorithms GetWebIdentityToken signs with, by their JWS names. */
public enum SigningAlgorithm {
  /** RSASSA-PKCS1-v1_5 with SHA-256, 2048-bit keys; AWS names its key {@code RSA_<n>}. */
  RS256("RSA_"),
  /** ECDSA on P-384 with SHA-384; AWS names its key {@code EC384_<n>}. */
  ES384("EC384_");

  private final String keyIdPrefix;

  SigningAlgorithm(String keyIdPrefix) {
    this.keyIdPrefix = keyIdPrefix;
  }

  /** The key id of this algorithm's {@code generation}-th key: {@code RSA_0}, {@code EC384_3}. */
  public String keyId(int generation) {
    return keyIdPrefix + generation;
  }

  /** A fresh key pair for this algorithm: RSA 2048 or EC P-384. */
  public KeyPair generateKeyPair(SecureRandom random) {
    try {
      if (this == RS256) {
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048, random);
        return rsa.generateKeyPair();
      }
      KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
      ec.initialize(new ECGenParameterSpec("secp384r1"), random);
      return ec.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("The JDK cannot generate " + this + " keys", e);
    }
  }

  /** The algorithm named exactly so (the JWS {@code alg}), if it is one of the two. */
  public static Optional<SigningAlgorithm> named(String name) {
    for (SigningAlgorithm algorithm : values()) {
      if (algorithm.name().equals(name)) {
        return Optional.of(algorithm);
      }
    }
    return Optional.empty();
  }
}
