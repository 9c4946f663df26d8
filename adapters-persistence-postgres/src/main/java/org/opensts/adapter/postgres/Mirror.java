package org.opensts.adapter.postgres;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A table's rows as this node last saw them, each with its row version. Versions come from one
 * database sequence, so a newer row always has the greater version and a late reload never puts an
 * older row back.
 *
 * <p>The version a request thread read is remembered for that thread, so that its write can be made
 * conditional on the row being unchanged since: a write on another node in between ends the request
 * in {@code ConcurrentModification} instead of being overwritten.
 */
final class Mirror<V> {

  /** A row and its version; version 0 means the row is not there. */
  record Versioned<V>(V value, long version) {}

  /** Read versions kept per thread; a request thread reads a handful of rows. */
  private static final int READS_REMEMBERED = 64;

  private final Map<String, Versioned<V>> rows = new ConcurrentHashMap<>();
  private final ThreadLocal<Map<String, Long>> readVersions = ThreadLocal.withInitial(HashMap::new);

  /** Moves after every change, once the change is visible. */
  private final AtomicLong generation = new AtomicLong();

  /** The row under the key, remembering for this thread the version it saw. */
  Optional<V> read(String key) {
    Versioned<V> row = rows.get(key);
    Map<String, Long> seen = readVersions.get();
    if (seen.size() >= READS_REMEMBERED) {
      seen.clear();
    }
    seen.put(key, row == null ? 0L : row.version());
    return row == null ? Optional.empty() : Optional.of(row.value());
  }

  /** The version a write by this thread must find: what it read, or else what this node has. */
  long expectedVersion(String key) {
    Long seen = readVersions.get().get(key);
    if (seen != null) {
      return seen;
    }
    Versioned<V> row = rows.get(key);
    return row == null ? 0L : row.version();
  }

  /** Forgets what this thread read of the key, once its write is done or refused. */
  void forgetRead(String key) {
    readVersions.get().remove(key);
  }

  Collection<V> values() {
    return rows.values().stream().map(Versioned::value).toList();
  }

  List<Versioned<V>> versionedValues() {
    return List.copyOf(rows.values());
  }

  /** Takes the row unless this node already has a newer version of it. */
  void put(String key, V value, long version) {
    rows.merge(
        key,
        new Versioned<>(value, version),
        (current, offered) -> offered.version() >= current.version() ? offered : current);
    generation.incrementAndGet();
  }

  void remove(String key) {
    rows.remove(key);
    generation.incrementAndGet();
  }

  /** Replaces every row, after a full load. */
  void replaceAll(Map<String, Versioned<V>> loaded) {
    rows.keySet().retainAll(loaded.keySet());
    rows.putAll(loaded);
    generation.incrementAndGet();
  }

  /**
   * A number that changes whenever a row does: what is derived from every row (an index) stays good
   * while it holds.
   */
  long generation() {
    return generation.get();
  }
}
