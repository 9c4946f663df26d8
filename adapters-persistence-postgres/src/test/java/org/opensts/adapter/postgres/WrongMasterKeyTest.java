package org.opensts.adapter.postgres;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.opensts.domain.secret.MasterKey;

/** A node started with another master key than the database's must not run on a partial view. */
class WrongMasterKeyTest {

  @Test
  void givenDatabaseWrittenUnderAnotherKey_aNodeWithThisKey_staysNotReadyAndSaysWhy()
      throws InterruptedException {
    DataSource database = TestDatabases.fresh();
    try (PostgresStores first = SharedPostgresStores.startedOn(database)) {
      first.keyRing().current();
    }

    try (PostgresStores other =
        SharedPostgresStores.starting(database, MasterKey.generate(new SecureRandom()))) {
      assertFalse(other.awaitLoaded(Duration.ofSeconds(2)));
      assertFalse(other.isReady());
      assertTrue(other.problem().contains("master key"), other.problem());
    }
  }
}
