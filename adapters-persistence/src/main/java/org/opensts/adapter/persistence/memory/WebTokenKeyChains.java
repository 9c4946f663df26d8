package org.opensts.adapter.persistence.memory;

import java.security.KeyPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.opensts.domain.webtoken.SigningAlgorithm;
import org.opensts.domain.webtoken.WebTokenSigningKey;

/**
 * The web token signing keys held, as one chain of generations per algorithm: the newest generation
 * is current, and every older one retired when the next one was created. Retirement is derived, not
 * kept, so that a rotation adds one key and changes no other: the file store journals a rotation as
 * one record. Keys go in and come out of {@link #find} with no retirement; {@link #published} dates
 * it.
 */
public final class WebTokenKeyChains {

  // Guarded by this: per algorithm, the keys by generation, none with a retirement.
  private final Map<SigningAlgorithm, NavigableMap<Integer, WebTokenSigningKey>> chains =
      new EnumMap<>(SigningAlgorithm.class);

  public synchronized Optional<WebTokenSigningKey> current(SigningAlgorithm algorithm) {
    NavigableMap<Integer, WebTokenSigningKey> chain = chains.get(algorithm);
    return chain == null || chain.isEmpty()
        ? Optional.empty()
        : Optional.of(chain.lastEntry().getValue());
  }

  /**
   * The key a rotation at {@code now} makes current, not yet added: the next generation, created at
   * {@code now}, or at the current key's creation if the clock went back, so that retirements keep
   * the order of the generations and pruning always takes the oldest.
   */
  public synchronized WebTokenSigningKey next(
      SigningAlgorithm algorithm, KeyPair keyPair, Instant now) {
    Optional<WebTokenSigningKey> current = current(algorithm);
    int generation = current.map(key -> generationOf(key.keyId()) + 1).orElse(0);
    Instant createdAt =
        current.map(WebTokenSigningKey::createdAt).filter(now::isBefore).orElse(now);
    return new WebTokenSigningKey(algorithm.keyId(generation), algorithm, keyPair, createdAt, null);
  }

  /** Adds the key, or replaces the one with its id. */
  public synchronized void put(WebTokenSigningKey key) {
    if (key.retiredAt() != null) {
      throw new IllegalArgumentException("A key's retirement follows from the next key: " + key);
    }
    int generation = generationOf(key.keyId());
    if (!key.keyId().equals(key.algorithm().keyId(generation))) {
      throw new IllegalArgumentException("Not a key id of " + key.algorithm() + ": " + key.keyId());
    }
    chains.computeIfAbsent(key.algorithm(), a -> new TreeMap<>()).put(generation, key);
  }

  public synchronized Optional<WebTokenSigningKey> find(String keyId) {
    return chains.values().stream()
        .flatMap(chain -> chain.values().stream())
        .filter(key -> key.keyId().equals(keyId))
        .findFirst();
  }

  public synchronized void remove(String keyId) {
    chains.values().forEach(chain -> chain.values().removeIf(key -> key.keyId().equals(keyId)));
  }

  /** Every key, RS256 first, each chain oldest first, retired keys dated. */
  public synchronized List<WebTokenSigningKey> published() {
    List<WebTokenSigningKey> published = new ArrayList<>();
    for (NavigableMap<Integer, WebTokenSigningKey> chain : chains.values()) {
      for (Map.Entry<Integer, WebTokenSigningKey> entry : chain.entrySet()) {
        Map.Entry<Integer, WebTokenSigningKey> successor = chain.higherEntry(entry.getKey());
        published.add(
            successor == null
                ? entry.getValue()
                : entry.getValue().retiredAt(successor.getValue().createdAt()));
      }
    }
    return published;
  }

  /** The ids of the keys that retired at or before {@code instant}, as {@link #published} lists. */
  public synchronized List<String> retiredAtOrBefore(Instant instant) {
    return published().stream()
        .filter(key -> key.retiredAt() != null && !key.retiredAt().isAfter(instant))
        .map(WebTokenSigningKey::keyId)
        .toList();
  }

  private static int generationOf(String keyId) {
    try {
      return Integer.parseInt(keyId.substring(keyId.lastIndexOf('_') + 1));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("A key id ends in _<generation>: " + keyId, e);
    }
  }
}
