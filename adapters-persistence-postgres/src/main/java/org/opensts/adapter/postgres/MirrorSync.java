package org.opensts.adapter.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps this node's mirror in step with the database, on a thread of its own: migrates the schema
 * and loads every table at connect, then replays the change log as commits notify it (and at least
 * every poll interval, should a notification be lost). When the database cannot be reached it
 * retries until it can, then loads every table again, as changes may have been missed meanwhile.
 */
final class MirrorSync implements Runnable {

  private static final Logger LOG = LoggerFactory.getLogger(MirrorSync.class);
  private static final int BATCH = 1000;
  private static final Duration PRUNE_EVERY = Duration.ofMinutes(5);

  private final DataSource dataSource;
  private final Map<String, MirroredTable> tables;
  private final PostgresStores.Options options;
  private final StoreState state;
  private volatile boolean running = true;
  private volatile long lastSeq;
  private long lastPruneNanos = System.nanoTime();

  MirrorSync(
      DataSource dataSource,
      List<MirroredTable> tables,
      PostgresStores.Options options,
      StoreState state) {
    this.dataSource = dataSource;
    this.tables =
        tables.stream()
            .collect(Collectors.toUnmodifiableMap(MirroredTable::kind, Function.identity()));
    this.options = options;
    this.state = state;
  }

  @Override
  public void run() {
    boolean migrated = false;
    while (running) {
      try (Connection connection = dataSource.getConnection()) {
        if (!migrated) {
          migrate();
          migrated = true;
        }
        loadAll(connection);
        state.connected();
        LOG.info(
            "PostgreSQL store ready: {} tables mirrored, change log at {}", tables.size(), lastSeq);
        follow(connection);
      } catch (SQLException | RuntimeException e) {
        if (!running) {
          return;
        }
        state.disconnected(e);
        sleep(options.retryInterval());
      }
    }
  }

  void stop() {
    running = false;
  }

  /** The last change-log sequence number the mirror has replayed. */
  long position() {
    return lastSeq;
  }

  private void migrate() {
    Flyway.configure().dataSource(dataSource).locations("classpath:db/postgres").load().migrate();
  }

  /** Loads every table in one snapshot, and notes where the change log stood then. */
  private void loadAll(Connection connection) throws SQLException {
    connection.setAutoCommit(false);
    try (Statement snapshot = connection.createStatement()) {
      snapshot.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY");
      lastSeq = Database.lastChange(connection);
      for (MirroredTable table : tables.values()) {
        table.loadAll(connection);
      }
      connection.commit();
    } finally {
      connection.setAutoCommit(true);
    }
  }

  private void follow(Connection connection) throws SQLException {
    try (Statement listen = connection.createStatement()) {
      listen.execute("LISTEN " + Database.CHANNEL);
    }
    PGConnection notifications = connection.unwrap(PGConnection.class);
    int waitMillis = (int) options.pollInterval().toMillis();
    while (running) {
      replay(connection);
      pruneNowAndThen(connection);
      // Returns at the first notification, or after the poll interval with none.
      notifications.getNotifications(waitMillis);
    }
  }

  private void replay(Connection connection) throws SQLException {
    boolean more = true;
    while (more) {
      try (PreparedStatement changes =
          connection.prepareStatement(
              "SELECT seq, kind, entity_key FROM change_log WHERE seq > ? ORDER BY seq LIMIT ?")) {
        changes.setLong(1, lastSeq);
        changes.setInt(2, BATCH);
        int count = 0;
        try (ResultSet rows = changes.executeQuery()) {
          while (rows.next()) {
            count++;
            MirroredTable table = tables.get(rows.getString(2));
            if (table != null) {
              table.reload(connection, rows.getString(3));
            }
            lastSeq = rows.getLong(1);
          }
        }
        more = count == BATCH;
      }
    }
  }

  private void pruneNowAndThen(Connection connection) throws SQLException {
    if (System.nanoTime() - lastPruneNanos < PRUNE_EVERY.toNanos()) {
      return;
    }
    lastPruneNanos = System.nanoTime();
    try (PreparedStatement prune =
        connection.prepareStatement(
            "DELETE FROM change_log WHERE changed_at < now() - make_interval(secs => ?)")) {
      prune.setLong(1, options.changeRetention().toSeconds());
      prune.executeUpdate();
    }
  }

  private void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    }
  }
}
