package org.opensts.adapter.persistence.file;

import com.fasterxml.jackson.databind.JsonNode;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.opensts.application.port.out.KeyRing;
import org.opensts.domain.credential.SealingKey;
import org.opensts.domain.secret.SecretBox;

/**
 * The session-token key ring, journaled with its keys sealed, so that tokens outlive a restart. The
 * ring is ordered by creation date; the current key is the newest. A key retires when the next one
 * is created, and stays, so that the tokens it sealed still open, until {@link #prune} removes it.
 * A rotation and each pruned key are one journal record each, durable before the call returns.
 */
final class FileKeyRing implements KeyRing {

  /** A key and when it was made, which orders the ring. */
  private record Entry(SealingKey key, Instant createDate) {}

  private final Map<String, Entry> keys = new ConcurrentHashMap<>();
  // Guarded by this: oldest first, by createDate, then in the order they were put.
  private final List<Entry> ring = new ArrayList<>();
  private final ChangeJournal journal;
  private final ChangeRecords records;
  private final SecureRandom random;
  private final Clock clock;
  private volatile Entry current;

  FileKeyRing(ChangeJournal journal, ChangeRecords records, SecureRandom random, Clock clock) {
    this.journal = journal;
    this.records = records;
    this.random = random;
    this.clock = clock;
  }

  @Override
  public SealingKey current() {
    Entry entry = current;
    if (entry == null) {
      throw new IllegalStateException("The key ring has no key yet");
    }
    return entry.key();
  }

  @Override
  public Optional<SealingKey> find(String keyId) {
    return Optional.ofNullable(keys.get(keyId)).map(Entry::key);
  }

  /** Makes the first key of a new data directory; a ring that has keys is left as it is. */
  void ensureKey() {
    if (current == null) {
      rotate(clock.instant());
    }
  }

  /**
   * Adds a new key and makes it current; the older keys stay and still open their tokens. The new
   * key is dated {@code now}, or the current key's date if the clock went back, so that it sorts
   * last.
   */
  @Override
  public synchronized SealingKey rotate(Instant now) {
    Entry previous = current;
    Instant date =
        previous == null || now.isAfter(previous.createDate()) ? now : previous.createDate();
    Entry entry = new Entry(SealingKey.generate(random), date);
    String id = entry.key().id();
    journal.change(
        slot(id),
        () -> {
          put(entry);
          return null;
        });
    return entry.key();
  }

  /**
   * Removes, one durable record each, the keys whose successor was created at or before {@code
   * retiredAtOrBefore}. These are always the oldest keys; the current one has no successor.
   */
  @Override
  public synchronized List<String> prune(Instant retiredAtOrBefore) {
    List<String> removed = new ArrayList<>();
    while (ring.size() >= 2 && !ring.get(1).createDate().isAfter(retiredAtOrBefore)) {
      String id = ring.get(0).key().id();
      journal.change(
          slot(id),
          () -> {
            remove(id);
            return null;
          });
      removed.add(id);
    }
    return removed;
  }

  @Override
  public synchronized List<String> keyIds() {
    List<String> ids = new ArrayList<>(ring.size());
    for (int i = ring.size() - 1; i >= 0; i--) {
      ids.add(ring.get(i).key().id());
    }
    return ids;
  }

  void replay(JsonNode record) throws SecretBox.WrongKeyException {
    if (ChangeRecords.isPut(record)) {
      put(new Entry(records.sealingKey(record), ChangeRecords.sealingKeyCreateDate(record)));
    } else {
      remove(record.path("id").asText());
    }
  }

  private ChangeJournal.Slot<Entry> slot(String id) {
    return new ChangeJournal.Slot<>(
        () -> Optional.ofNullable(keys.get(id)),
        e -> records.put(e.key(), e.createDate()),
        () -> ChangeRecords.delete(ChangeRecords.SEALING_KEY, id),
        this::put,
        () -> remove(id));
  }

  private synchronized void put(Entry entry) {
    Entry replaced = keys.put(entry.key().id(), entry);
    if (replaced != null) {
      ring.remove(replaced);
    }
    int at = ring.size();
    while (at > 0 && ring.get(at - 1).createDate().isAfter(entry.createDate())) {
      at--;
    }
    ring.add(at, entry);
    current = ring.get(ring.size() - 1);
  }

  private synchronized void remove(String id) {
    Entry removed = keys.remove(id);
    if (removed != null) {
      ring.remove(removed);
    }
    current = ring.isEmpty() ? null : ring.get(ring.size() - 1);
  }
}
