package org.opensts.adapter.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Transaction-scoped advisory locks, on every node, for rules a row cannot check alone: a quota (an
 * owner's access keys, an entity's attached policies: locked per name, so that two requests that
 * count and then add take turns), an issuer id or an account held by one entity only, the order of
 * a key ring (locked per kind). Two-key locks, the kind and a hash of the name (a collision only
 * makes two names take turns), a space apart from the change log's one-key lock. Taken first in a
 * transaction; {@link Database#changed} takes its lock last, so that locks are always taken in the
 * same order and no two transactions deadlock.
 */
enum AdvisoryLock {
  ACCESS_KEYS_OF_OWNER,
  POLICIES_ATTACHED_TO_ENTITY,
  OUTBOUND_FEDERATION,
  ORGANIZATION,
  SEALING_KEY,
  WEB_TOKEN_KEY;

  private static final int FIRST_KIND = 0x5354_4c00;

  /** Waits for the lock on the whole kind, held until the transaction ends. */
  void hold(Connection connection) throws SQLException {
    hold(connection, "");
  }

  /** Waits for the lock on one name of the kind, held until the transaction ends. */
  void hold(Connection connection, String name) throws SQLException {
    try (PreparedStatement lock =
        connection.prepareStatement("SELECT pg_advisory_xact_lock(?, hashtext(?))")) {
      lock.setInt(1, FIRST_KIND + ordinal());
      lock.setString(2, name);
      lock.execute();
    }
  }
}
