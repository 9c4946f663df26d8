package org.opensts.adapter.persistence.file;

import com.fasterxml.jackson.databind.JsonNode;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.KeyGenerator;
import org.opensts.application.port.out.KeyRing;
import org.opensts.domain.credential.SealingKey;

/**
 * The session-token key ring, journaled with its keys sealed, so that tokens outlive a restart. The
 * current key is the newest; older keys stay, so that the tokens they sealed still open.
 */
final class FileKeyRing implements KeyRing {

  /** A key and when it was made, which orders the ring. */
  private record Entry(SealingKey key, Instant createDate) {}

  private final Map<String, Entry> keys = new ConcurrentHashMap<>();
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
      rotate();
    }
  }

  /** Adds a new key and makes it current; the older keys stay and still open their tokens. */
  SealingKey rotate() {
    Entry entry = new Entry(generate(), clock.instant());
    String id = entry.key().id();
    journal.change(
        new ChangeJournal.Slot<>(
            () -> Optional.ofNullable(keys.get(id)),
            e -> records.put(e.key(), e.createDate()),
            () -> ChangeRecords.delete(ChangeRecords.SEALING_KEY, id),
            this::put,
            () -> remove(id)),
        () -> {
          put(entry);
          return null;
        });
    return entry.key();
  }

  void replay(JsonNode record) throws SecretBox.WrongKeyException {
    if (ChangeRecords.isPut(record)) {
      put(new Entry(records.sealingKey(record), ChangeRecords.sealingKeyCreateDate(record)));
    } else {
      remove(record.path("id").asText());
    }
  }

  private synchronized void put(Entry entry) {
    keys.put(entry.key().id(), entry);
    if (current == null || !entry.createDate().isBefore(current.createDate())) {
      current = entry;
    }
  }

  private synchronized void remove(String id) {
    keys.remove(id);
    if (current != null && current.key().id().equals(id)) {
      current =
          keys.values().stream()
              .max((a, b) -> a.createDate().compareTo(b.createDate()))
              .orElse(null);
    }
  }

  private SealingKey generate() {
    try {
      KeyGenerator generator = KeyGenerator.getInstance("AES");
      generator.init(256, random);
      byte[] id = new byte[8];
      random.nextBytes(id);
      return new SealingKey(HexFormat.of().formatHex(id), generator.generateKey());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("AES is not available", e);
    }
  }
}
