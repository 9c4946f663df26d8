package org.opensts.adapter.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.opensts.domain.error.EntityException;
import org.opensts.domain.error.StoreUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Transactions on the shared database, with its failures in the domain's terms: a database that
 * cannot be reached is a {@link StoreUnavailableException} (ServiceUnavailable), a transaction that
 * lost a race on every try a {@code ConcurrentModification}. A change is recorded in the change log
 * inside the transaction that makes it, so that it reaches the other nodes exactly when it commits.
 */
final class Database {

  /** The channel every commit notifies; the payload is empty, the change log is the message. */
  static final String CHANNEL = "sts_changes";

  /** The advisory lock that orders the change log; any constant, the same on every node. */
  private static final long CHANGE_LOG_LOCK = 0x5354_5343_4841_4e47L;

  private static final Logger LOG = LoggerFactory.getLogger(Database.class);
  private static final int ATTEMPTS = 3;
  private static final long UNAVAILABLE_LOG_INTERVAL_NANOS = 60_000_000_000L;

  /** Work done on one connection, inside a transaction. */
  @FunctionalInterface
  interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  private final DataSource dataSource;
  private final AtomicLong lastUnavailableLog =
      new AtomicLong(System.nanoTime() - 2 * UNAVAILABLE_LOG_INTERVAL_NANOS);

  Database(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Runs the work in a transaction and commits it; retried from the start when the database chooses
   * it as the loser of a serialization conflict or a deadlock.
   *
   * @throws StoreUnavailableException when the database cannot be reached; nothing was committed
   * @throws EntityException {@code ConcurrentModification} when every attempt lost a race
   */
  <T> T transaction(Work<T> work) {
    for (int attempt = 1; ; attempt++) {
      try (Connection connection = dataSource.getConnection()) {
        connection.setAutoCommit(false);
        try {
          T result = work.run(connection);
          connection.commit();
          return result;
        } catch (SQLException | RuntimeException e) {
          rollbackQuietly(connection);
          throw e;
        }
      } catch (SQLException e) {
        if (isRace(e) && attempt < ATTEMPTS) {
          continue;
        }
        throw translate(e);
      }
    }
  }

  /**
   * Appends a change to the log, visible to the other nodes when the transaction commits; the
   * transaction's last statement. The lock, held to commit, makes the log's order the commit order,
   * so that a node that has replayed up to a sequence number never misses a smaller one committed
   * later.
   */
  static void changed(Connection connection, String kind, String key) throws SQLException {
    try (Statement lock = connection.createStatement()) {
      lock.execute("SELECT pg_advisory_xact_lock(" + CHANGE_LOG_LOCK + ")");
    }
    try (PreparedStatement insert =
            connection.prepareStatement("INSERT INTO change_log (kind, entity_key) VALUES (?, ?)");
        PreparedStatement notify = connection.prepareStatement("SELECT pg_notify(?, '')")) {
      insert.setString(1, kind);
      insert.setString(2, key);
      insert.executeUpdate();
      notify.setString(1, CHANNEL);
      notify.execute();
    }
  }

  /** The sequence number of the last change committed, 0 for none. */
  static long lastChange(Connection connection) throws SQLException {
    try (Statement query = connection.createStatement();
        ResultSet row = query.executeQuery("SELECT coalesce(max(seq), 0) FROM change_log")) {
      row.next();
      return row.getLong(1);
    }
  }

  DataSource dataSource() {
    return dataSource;
  }

  /** The domain's word for a failure of the database: unreachable, lost a race, or a defect. */
  RuntimeException translate(SQLException e) {
    if (isUnreachable(e)) {
      long now = System.nanoTime();
      long last = lastUnavailableLog.get();
      if (now - last > UNAVAILABLE_LOG_INTERVAL_NANOS
          && lastUnavailableLog.compareAndSet(last, now)) {
        LOG.warn(
            "The database cannot be reached; requests that need it get ServiceUnavailable: {}",
            e.toString());
      }
      return new StoreUnavailableException();
    }
    if (isRace(e)) {
      return EntityException.concurrentModification(
          "Concurrent modification of the same entity; retry the request.");
    }
    return new IllegalStateException("Database statement failed: " + e.getMessage(), e);
  }

  /** Connection failures (class 08), the server shutting down (57P), too many connections (53). */
  static boolean isUnreachable(SQLException e) {
    if (e instanceof SQLTransientConnectionException) {
      return true;
    }
    String state = e.getSQLState();
    return state != null
        && (state.startsWith("08") || state.startsWith("57P") || state.startsWith("53"));
  }

  /** Serialization failure or deadlock: the transaction may succeed if run again. */
  private static boolean isRace(SQLException e) {
    String state = e.getSQLState();
    return "40001".equals(state) || "40P01".equals(state);
  }

  private static void rollbackQuietly(Connection connection) {
    try {
      connection.rollback();
    } catch (SQLException ignored) {
      // The connection is broken; the pool discards it and nothing was committed.
    }
  }
}
