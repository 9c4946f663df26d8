package org.opensts.domain.webtoken;

import java.security.KeyPair;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One signing key of the web token key ring. Its public half is published in every issuer's JWKS
 * from its creation until it is pruned, which happens no sooner than the longest token it signed
 * expires after it retired.
 *
 * @param keyId the JWS {@code kid}: {@code RSA_<n>} or {@code EC384_<n>}
 * @param keyPair an RSA 2048-bit pair for RS256, an EC P-384 pair for ES384
 * @param retiredAt when the next key of its algorithm became current; null while it is current
 */
public record WebTokenSigningKey(
    String keyId,
    SigningAlgorithm algorithm,
    KeyPair keyPair,
    Instant createdAt,
    Instant retiredAt) {

  public WebTokenSigningKey {
    Objects.requireNonNull(keyId, "keyId");
    Objects.requireNonNull(algorithm, "algorithm");
    Objects.requireNonNull(keyPair, "keyPair");
    Objects.requireNonNull(createdAt, "createdAt");
    String expected = algorithm == SigningAlgorithm.RS256 ? "RSA" : "EC";
    if (!expected.equals(keyPair.getPublic().getAlgorithm())
        || !expected.equals(keyPair.getPrivate().getAlgorithm())) {
      throw new IllegalArgumentException(algorithm + " signs with an " + expected + " key pair");
    }
  }

  public Optional<Instant> retirement() {
    return Optional.ofNullable(retiredAt);
  }

  public WebTokenSigningKey retiredAt(Instant at) {
    return new WebTokenSigningKey(keyId, algorithm, keyPair, createdAt, Objects.requireNonNull(at));
  }

  @Override
  public String toString() {
    return "WebTokenSigningKey[" + keyId + "]";
  }
}
