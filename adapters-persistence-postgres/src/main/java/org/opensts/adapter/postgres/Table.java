package org.opensts.adapter.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.opensts.domain.error.EntityException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One table of entities and its mirror on this node. Every table has the same frame: a text primary
 * key {@code entity_key} (the mirror's key), a {@code version} drawn from the sequence {@code
 * row_version} at every write, and the entity's own columns, which the {@link Mapping} names, binds
 * and reads. Reads are served from the mirror; writes are transactions that record the change and,
 * once committed, update the mirror at once.
 */
final class Table<E> implements MirroredTable {

  private static final Logger LOG = LoggerFactory.getLogger(Table.class);

  /** How an entity is laid out in its table's own columns. */
  interface Mapping<E> {

    /** The table's name, also the kind of its changes in the change log. */
    String table();

    /** The entity's columns, in the order {@link #bind} binds them. */
    List<String> columns();

    /** The mirror key of the entity, its primary key. */
    String key(E entity);

    /** Binds the entity's columns, the first at parameter {@code first}. */
    void bind(PreparedStatement statement, int first, E entity) throws SQLException;

    /** Reads the entity from a row that has the columns by name. */
    E read(ResultSet row) throws SQLException;
  }

  private final Database database;
  private final StoreState state;
  private final Mapping<E> mapping;
  private final Mirror<E> mirror = new Mirror<>();
  private final String selectAll;
  private final String selectOne;
  private final String insert;
  private final String update;
  private final String delete;

  Table(Database database, StoreState state, Mapping<E> mapping) {
    this.database = database;
    this.state = state;
    this.mapping = mapping;
    String table = mapping.table();
    List<String> columns = mapping.columns();
    String all = String.join(", ", columns);
    this.selectAll = "SELECT entity_key, version, " + all + " FROM " + table;
    this.selectOne = selectAll + " WHERE entity_key = ?";
    this.insert =
        "INSERT INTO "
            + table
            + " (entity_key, version, "
            + all
            + ") VALUES (?, nextval('row_version'), "
            + columns.stream().map(c -> "?").collect(Collectors.joining(", "))
            + ") ON CONFLICT (entity_key) DO NOTHING RETURNING version";
    this.update =
        "UPDATE "
            + table
            + " SET version = nextval('row_version'), "
            + columns.stream().map(c -> c + " = ?").collect(Collectors.joining(", "))
            + " WHERE entity_key = ? AND version = ? RETURNING version";
    this.delete = "DELETE FROM " + table + " WHERE entity_key = ?";
  }

  @Override
  public String kind() {
    return mapping.table();
  }

  /** The entity under the key as this node has it; remembered as read for a later write. */
  Optional<E> find(String key) {
    state.requireLoaded();
    return mirror.read(key);
  }

  Collection<E> values() {
    state.requireLoaded();
    return mirror.values();
  }

  Stream<E> stream() {
    return values().stream();
  }

  /** Changes whenever a row of this node's copy does; see {@link Mirror#generation}. */
  long generation() {
    return mirror.generation();
  }

  /** Adds the entity unless its key is taken; false when it is. */
  boolean add(E entity) {
    state.requireLoaded();
    String key = mapping.key(entity);
    Optional<Long> version = database.transaction(connection -> insert(connection, entity));
    version.ifPresent(v -> mirror.put(key, entity, v));
    return version.isPresent();
  }

  /**
   * Writes the entity over the version this thread read (or adds it if there was none).
   *
   * @throws EntityException {@code ConcurrentModification} when the row changed since it was read,
   *     on this node or another
   */
  void save(E entity) {
    save(entity, connection -> null);
  }

  /**
   * As {@link #save(Object)}, after {@code guard} has run first in the same transaction: it may
   * take locks and check rules against the database, and throws to refuse the write.
   */
  void save(E entity, Database.Work<?> guard) {
    state.requireLoaded();
    String key = mapping.key(entity);
    long expected = mirror.expectedVersion(key);
    try {
      long version =
          database.transaction(
              connection -> {
                guard.run(connection);
                return write(connection, entity, expected);
              });
      mirror.put(key, entity, version);
    } catch (EntityException e) {
      refresh(key);
      throw e;
    } finally {
      mirror.forgetRead(key);
    }
  }

  /**
   * Replaces the entity by {@code change} applied to it as the database has it now, with its row
   * locked until commit, so that read-modify-writes of one entity through any node run one after
   * another and none is lost. Nothing changes when {@code change} throws.
   *
   * @return the stored entity, or empty when there is none
   */
  Optional<E> update(String key, UnaryOperator<E> change) {
    state.requireLoaded();
    Optional<Mirror.Versioned<E>> written =
        database.transaction(
            connection -> {
              Optional<Mirror.Versioned<E>> locked = selectForUpdate(connection, key);
              if (locked.isEmpty()) {
                return Optional.empty();
              }
              E changed = change.apply(locked.get().value());
              if (!key.equals(mapping.key(changed))) {
                throw new IllegalArgumentException("An update must keep the entity's key");
              }
              long version = write(connection, changed, locked.get().version());
              return Optional.of(new Mirror.Versioned<>(changed, version));
            });
    written.ifPresent(row -> mirror.put(key, row.value(), row.version()));
    mirror.forgetRead(key);
    return written.map(Mirror.Versioned::value);
  }

  void delete(String key) {
    state.requireLoaded();
    database.transaction(connection -> delete(connection, key));
    mirror.remove(key);
    mirror.forgetRead(key);
  }

  /** Inserts in the caller's transaction; the version, or nothing if the key is taken. */
  Optional<Long> insert(Connection connection, E entity) throws SQLException {
    String key = mapping.key(entity);
    try (PreparedStatement statement = connection.prepareStatement(insert)) {
      statement.setString(1, key);
      mapping.bind(statement, 2, entity);
      try (ResultSet row = statement.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        long version = row.getLong(1);
        Database.changed(connection, kind(), key);
        return Optional.of(version);
      }
    }
  }

  /** Writes in the caller's transaction over the expected version (0: absent); the new version. */
  long write(Connection connection, E entity, long expectedVersion) throws SQLException {
    if (expectedVersion == 0) {
      return insert(connection, entity).orElseThrow(Table::concurrentModification);
    }
    String key = mapping.key(entity);
    try (PreparedStatement statement = connection.prepareStatement(update)) {
      mapping.bind(statement, 1, entity);
      int next = 1 + mapping.columns().size();
      statement.setString(next, key);
      statement.setLong(next + 1, expectedVersion);
      try (ResultSet row = statement.executeQuery()) {
        if (!row.next()) {
          throw concurrentModification();
        }
        long version = row.getLong(1);
        Database.changed(connection, kind(), key);
        return version;
      }
    }
  }

  /** Deletes in the caller's transaction; whether there was a row. */
  boolean delete(Connection connection, String key) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(delete)) {
      statement.setString(1, key);
      boolean deleted = statement.executeUpdate() > 0;
      if (deleted) {
        Database.changed(connection, kind(), key);
      }
      return deleted;
    }
  }

  /** The version this thread read of the key, for a write in a transaction of the caller's. */
  long expectedVersion(String key) {
    return mirror.expectedVersion(key);
  }

  /** After the caller's transaction committed: what it wrote, in the mirror. */
  void committed(String key, Optional<E> entity, long version) {
    entity.ifPresentOrElse(e -> mirror.put(key, e, version), () -> mirror.remove(key));
    mirror.forgetRead(key);
  }

  @Override
  public void loadAll(Connection connection) throws SQLException {
    Map<String, Mirror.Versioned<E>> loaded = new HashMap<>();
    try (PreparedStatement statement = connection.prepareStatement(selectAll);
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        String key = rows.getString("entity_key");
        Optional<E> entity = readable(rows, key);
        if (entity.isPresent()) {
          loaded.put(key, new Mirror.Versioned<>(entity.get(), version(rows)));
        }
      }
    }
    mirror.replaceAll(loaded);
  }

  @Override
  public void reload(Connection connection, String key) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(selectOne)) {
      statement.setString(1, key);
      try (ResultSet row = statement.executeQuery()) {
        if (row.next()) {
          Optional<E> entity = readable(row, key);
          if (entity.isPresent()) {
            mirror.put(key, entity.get(), version(row));
          }
        } else {
          mirror.remove(key);
        }
      }
    }
  }

  /**
   * The entity of a row, or nothing if the row does not make one (written by hand, or by a version
   * that accepted what this one refuses): a defect of that row, logged, which must neither stop the
   * node from following the other rows nor pass for an outage. A wrong master key is no such
   * defect: it fails every sealed row, and the node must not go on as if they were not there.
   */
  private Optional<E> readable(ResultSet row, String key) throws SQLException {
    try {
      return Optional.of(mapping.read(row));
    } catch (WrongMasterKeyException e) {
      throw e;
    } catch (RuntimeException e) {
      LOG.error(
          "Row '{}' of table {} cannot be read and is left out: {}", key, kind(), e.toString());
      return Optional.empty();
    }
  }

  private static long version(ResultSet row) throws SQLException {
    return row.getLong("version");
  }

  /**
   * The row as the database has it now, locked until the caller's transaction ends: for a change
   * that must decide on the latest row, not on this node's view of it.
   */
  Optional<Mirror.Versioned<E>> selectForUpdate(Connection connection, String key)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(selectOne + " FOR UPDATE")) {
      statement.setString(1, key);
      try (ResultSet row = statement.executeQuery()) {
        return row.next()
            ? Optional.of(new Mirror.Versioned<>(mapping.read(row), row.getLong("version")))
            : Optional.empty();
      }
    }
  }

  /** Reads the row again after a lost race, so that the retry starts from what is there. */
  private void refresh(String key) {
    try {
      database.transaction(
          connection -> {
            reload(connection, key);
            return null;
          });
    } catch (RuntimeException e) {
      // The change log brings the row within the bound in any case.
    }
  }

  private static EntityException concurrentModification() {
    return EntityException.concurrentModification(
        "The entity was changed by another request; retry the request.");
  }
}
