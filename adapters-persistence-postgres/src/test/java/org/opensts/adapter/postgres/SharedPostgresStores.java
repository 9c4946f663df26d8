package org.opensts.adapter.postgres;

import java.security.SecureRandom;
import java.time.Duration;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opensts.adapter.policyjson.JacksonPolicyDocumentParser;
import org.opensts.domain.secret.MasterKey;

/**
 * The PostgreSQL stores of one test, on a database of its own, started and loaded at first use and
 * closed after the test; the stores a test asks for share them, as one node's stores do.
 */
final class SharedPostgresStores implements AfterEachCallback {

  static final MasterKey MASTER_KEY = MasterKey.generate(new SecureRandom());

  private PostgresStores stores;

  PostgresStores get() {
    if (stores == null) {
      stores = started();
    }
    return stores;
  }

  /** Stores of a node of its own on a fresh database, loaded; the caller closes them. */
  static PostgresStores started() {
    return startedOn(TestDatabases.fresh());
  }

  static PostgresStores startedOn(javax.sql.DataSource database) {
    PostgresStores started = starting(database, MASTER_KEY);
    try {
      if (!started.awaitLoaded(Duration.ofSeconds(30))) {
        throw new IllegalStateException("Stores not loaded: " + started.problem());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    return started;
  }

  /** Stores of a node starting on the database with the master key, not waited for. */
  static PostgresStores starting(javax.sql.DataSource database, MasterKey masterKey) {
    return PostgresStores.start(
        database,
        masterKey,
        new JacksonPolicyDocumentParser(),
        new PostgresStores.Options(
            Duration.ofMillis(100), Duration.ofMillis(100), Duration.ofHours(1)));
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (stores != null) {
      stores.close();
      stores = null;
    }
  }
}
