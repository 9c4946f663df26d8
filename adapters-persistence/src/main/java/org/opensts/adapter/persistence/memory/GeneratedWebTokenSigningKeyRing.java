package org.opensts.adapter.persistence.memory;

import java.security.SecureRandom;
import java.time.Instant;
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
  private final WebTokenKeyChains chains = new WebTokenKeyChains();

  public GeneratedWebTokenSigningKeyRing(SecureRandom random) {
    this.random = Objects.requireNonNull(random, "random");
  }

  @Override
  public synchronized WebTokenSigningKey current(SigningAlgorithm algorithm, Instant now) {
    return chains.current(algorithm).orElseGet(() -> rotate(algorithm, now));
  }

  @Override
  public List<WebTokenSigningKey> published() {
    return chains.published();
  }

  @Override
  public synchronized WebTokenSigningKey rotate(SigningAlgorithm algorithm, Instant now) {
    WebTokenSigningKey next = chains.next(algorithm, algorithm.generateKeyPair(random), now);
    chains.put(next);
    return next;
  }

  @Override
  public synchronized List<String> prune(Instant retiredAtOrBefore) {
    List<String> removed = chains.retiredAtOrBefore(retiredAtOrBefore);
    removed.forEach(chains::remove);
    return removed;
  }
}
