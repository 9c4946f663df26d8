package org.opensts.adapter.persistence.memory;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.opensts.application.port.out.KeyRing;
import org.opensts.domain.credential.SealingKey;

/**
 * A key ring of AES-256 keys generated in memory: one at start-up, one more at every rotation.
 * Older keys stay until pruned, so that tokens they sealed still open. Tokens it sealed die with
 * the process, which is what an in-memory deployment expects.
 */
public final class GeneratedKeyRing implements KeyRing {

  /** A key, and when it stopped being current (null while it is). */
  private record Entry(SealingKey key, Instant retiredAt) {}

  private final SecureRandom random;
  private final Map<String, SealingKey> byId = new ConcurrentHashMap<>();
  // Guarded by this: oldest first; the last one is current.
  private final List<Entry> entries = new ArrayList<>();
  private volatile SealingKey current;

  public GeneratedKeyRing(SecureRandom random) {
    this.random = Objects.requireNonNull(random, "random");
    SealingKey first = SealingKey.generate(random);
    entries.add(new Entry(first, null));
    byId.put(first.id(), first);
    current = first;
  }

  @Override
  public SealingKey current() {
    return current;
  }

  @Override
  public Optional<SealingKey> find(String keyId) {
    return Optional.ofNullable(byId.get(keyId));
  }

  @Override
  public synchronized SealingKey rotate(Instant now) {
    Objects.requireNonNull(now, "now");
    SealingKey next = SealingKey.generate(random);
    Entry previous = entries.remove(entries.size() - 1);
    entries.add(new Entry(previous.key(), now));
    entries.add(new Entry(next, null));
    byId.put(next.id(), next);
    current = next;
    return next;
  }

  @Override
  public synchronized List<String> prune(Instant retiredAtOrBefore) {
    List<String> removed = new ArrayList<>();
    entries.removeIf(
        entry -> {
          boolean old = entry.retiredAt() != null && !entry.retiredAt().isAfter(retiredAtOrBefore);
          if (old) {
            byId.remove(entry.key().id());
            removed.add(entry.key().id());
          }
          return old;
        });
    return removed;
  }

  @Override
  public synchronized List<String> keyIds() {
    List<String> ids = new ArrayList<>();
    for (int i = entries.size() - 1; i >= 0; i--) {
      ids.add(entries.get(i).key().id());
    }
    return ids;
  }
}
