package org.opensts.adapter.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.function.LongSupplier;
import org.opensts.domain.error.StoreUnavailableException;

/**
 * Work that one node at a time may do, such as seeding the shared database at start-up: it runs
 * under a session-level advisory lock on a connection of its own, and only once this node's mirror
 * holds every change committed before the lock was granted, so that what another node did under the
 * same lock is seen.
 */
final class ExclusiveSection {

  /** Two-part advisory lock key, a space apart from the change log's and the write locks'. */
  private static final int SPACE = 0x5354_5358;

  private static final int KEY = 1;
  private static final Duration CATCH_UP = Duration.ofSeconds(10);

  private final Database database;
  private final LongSupplier mirrorPosition;

  /**
   * @param mirrorPosition the last change-log sequence number this node's mirror has replayed
   */
  ExclusiveSection(Database database, LongSupplier mirrorPosition) {
    this.database = database;
    this.mirrorPosition = mirrorPosition;
  }

  /**
   * Runs the action while no other node runs one.
   *
   * @throws StoreUnavailableException when the database cannot be reached or the mirror does not
   *     catch up in time; the action did not run, or ran only in part
   */
  void run(Runnable action) {
    try (Connection connection = database.dataSource().getConnection()) {
      lock(connection, "pg_advisory_lock");
      try {
        awaitMirrorAt(Database.lastChange(connection));
        action.run();
      } finally {
        // On a broken connection the session ends, and with it the lock.
        lock(connection, "pg_advisory_unlock");
      }
    } catch (SQLException e) {
      throw database.translate(e);
    }
  }

  /** Whether nothing was ever written to the database: no entity row ever took a version. */
  boolean neverWritten() {
    try (Connection connection = database.dataSource().getConnection();
        Statement query = connection.createStatement();
        ResultSet row = query.executeQuery("SELECT is_called FROM row_version")) {
      row.next();
      return !row.getBoolean(1);
    } catch (SQLException e) {
      throw database.translate(e);
    }
  }

  private static void lock(Connection connection, String function) throws SQLException {
    try (PreparedStatement lock =
        connection.prepareStatement("SELECT " + function + "(" + SPACE + ", ?)")) {
      lock.setInt(1, KEY);
      lock.execute();
    }
  }

  private void awaitMirrorAt(long seq) {
    long deadline = System.nanoTime() + CATCH_UP.toNanos();
    while (mirrorPosition.getAsLong() < seq) {
      if (System.nanoTime() > deadline) {
        throw new StoreUnavailableException();
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new StoreUnavailableException();
      }
    }
  }
}
