package org.opensts.adapter.postgres;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.crypto.spec.SecretKeySpec;
import org.opensts.application.port.out.KeyRing;
import org.opensts.domain.credential.SealingKey;
import org.opensts.domain.error.StoreUnavailableException;

/**
 * The session-token key ring, one row per key with the key sealed, shared by every node. The ring
 * is ordered by generation, the same on every node: the current key is the highest, and a key
 * retires when the next one was created. Rotations, pruning and the first key run under a lock
 * every node takes, against the ring as the database has it, so that two nodes rotating at once
 * make two successive generations and every node agrees on the current key once the change log has
 * replayed.
 *
 * <p>A node seals with its current key only once it is committed, so a token can reach another node
 * before the change log does: {@link #find} then reads that key id from the database once.
 */
final class PostgresKeyRing implements KeyRing {

  /** A key of the ring, when it was made and its place in the ring. */
  record RingKey(SealingKey key, Instant createDate, long generation) {}

  private final Database database;
  private final StoreState state;
  private final Table<RingKey> table;
  private final SecureRandom random;
  private final Clock clock;
  private final AbsentKeyIds absent = new AbsentKeyIds();

  PostgresKeyRing(
      Database database, StoreState state, RowSecrets secrets, SecureRandom random, Clock clock) {
    this.database = database;
    this.state = state;
    this.table = new Table<>(database, state, new Layout(secrets));
    this.random = random;
    this.clock = clock;
  }

  Table<RingKey> table() {
    return table;
  }

  /** The newest generation; the first key is made here if the ring has none yet. */
  @Override
  public SealingKey current() {
    return newest().orElseGet(this::firstKey).key();
  }

  /**
   * The key from this node's mirror, or else from the database, once for each unknown id within a
   * short while: a key another node has just made is found at once, and ids that are no key's do
   * not each cost a query. While the database is away, only the mirror answers.
   */
  @Override
  public Optional<SealingKey> find(String keyId) {
    Optional<RingKey> mirrored = table.find(keyId);
    // With the database away a lookup would wait for the pool's timeout, on a request's thread,
    // for every token naming a key this node has not seen: answer from the mirror alone.
    if (mirrored.isPresent() || absent.recently(keyId) || !state.isConnected()) {
      return mirrored.map(RingKey::key);
    }
    try {
      database.transaction(
          connection -> {
            table.reload(connection, keyId);
            return null;
          });
    } catch (StoreUnavailableException e) {
      return Optional.empty();
    }
    Optional<RingKey> loaded = table.find(keyId);
    if (loaded.isEmpty()) {
      absent.remember(keyId);
    }
    return loaded.map(RingKey::key);
  }

  /**
   * Adds a new key after the newest in the database, dated {@code now}, or the newest key's date if
   * the clock is behind it, and makes it current.
   */
  @Override
  public SealingKey rotate(Instant now) {
    return committed(
            database.transaction(connection -> inserted(connection, lockedRing(connection), now)))
        .key();
  }

  /**
   * Removes the keys whose successor was created at or before {@code retiredAtOrBefore}; always the
   * oldest, never the current one.
   */
  @Override
  public List<String> prune(Instant retiredAtOrBefore) {
    List<String> removed =
        database.transaction(
            connection -> {
              List<RingKey> ring = lockedRing(connection);
              List<String> ids = new ArrayList<>();
              for (int i = 0;
                  i + 1 < ring.size() && !ring.get(i + 1).createDate().isAfter(retiredAtOrBefore);
                  i++) {
                String id = ring.get(i).key().id();
                table.delete(connection, id);
                ids.add(id);
              }
              return ids;
            });
    removed.forEach(id -> table.committed(id, Optional.empty(), 0));
    return removed;
  }

  @Override
  public List<String> keyIds() {
    if (newest().isEmpty()) {
      firstKey();
    }
    return table.stream()
        .sorted(Comparator.comparingLong(RingKey::generation).reversed())
        .map(k -> k.key().id())
        .toList();
  }

  private Optional<RingKey> newest() {
    return table.stream().max(Comparator.comparingLong(RingKey::generation));
  }

  /** The first key, made by whichever node comes first; the others load it. */
  private RingKey firstKey() {
    return database
        .transaction(
            connection -> {
              List<RingKey> ring = lockedRing(connection);
              return ring.isEmpty()
                  ? Optional.of(inserted(connection, ring, clock.instant()))
                  : Optional.<Mirror.Versioned<RingKey>>empty();
            })
        .map(this::committed)
        .or(this::newest)
        .orElseThrow(() -> new IllegalStateException("The key ring has no key"));
  }

  /** A new key inserted in the caller's transaction; it reaches the mirror once committed. */
  private Mirror.Versioned<RingKey> inserted(Connection connection, List<RingKey> ring, Instant now)
      throws SQLException {
    // The database keeps microseconds; a date with more would differ between nodes.
    Instant date = now.truncatedTo(ChronoUnit.MICROS);
    long generation = 0;
    if (!ring.isEmpty()) {
      RingKey newest = ring.get(ring.size() - 1);
      date = date.isAfter(newest.createDate()) ? date : newest.createDate();
      generation = newest.generation() + 1;
    }
    RingKey key = new RingKey(SealingKey.generate(random), date, generation);
    long version =
        table
            .insert(connection, key)
            .orElseThrow(() -> new IllegalStateException("Key id taken: " + key.key().id()));
    return new Mirror.Versioned<>(key, version);
  }

  private RingKey committed(Mirror.Versioned<RingKey> inserted) {
    RingKey key = inserted.value();
    table.committed(key.key().id(), Optional.of(key), inserted.version());
    return key;
  }

  /**
   * Takes the ring's lock for the transaction and the ring as the database has it, oldest first,
   * into the mirror too: no other node can change it until the transaction ends.
   */
  private List<RingKey> lockedRing(Connection connection) throws SQLException {
    AdvisoryLock.SEALING_KEY.hold(connection);
    table.loadAll(connection);
    return table.stream().sorted(Comparator.comparingLong(RingKey::generation)).toList();
  }

  private record Layout(RowSecrets secrets) implements Table.Mapping<RingKey> {

    @Override
    public String table() {
      return "sealing_key";
    }

    @Override
    public List<String> columns() {
      return List.of("sealed_key", "created_at", "generation");
    }

    @Override
    public String key(RingKey key) {
      return key.key().id();
    }

    @Override
    public void bind(PreparedStatement statement, int first, RingKey key) throws SQLException {
      String id = key.key().id();
      statement.setString(
          first, secrets.seal(key.key().key().getEncoded(), RowSecrets.SEALING_KEY, id));
      Columns.setInstant(statement, first + 1, key.createDate());
      statement.setLong(first + 2, key.generation());
    }

    @Override
    public RingKey read(ResultSet row) throws SQLException {
      String id = row.getString("entity_key");
      byte[] key = secrets.open(row.getString("sealed_key"), RowSecrets.SEALING_KEY, id);
      return new RingKey(
          new SealingKey(id, new SecretKeySpec(key, "AES")),
          Columns.instant(row, "created_at"),
          row.getLong("generation"));
    }
  }
}
