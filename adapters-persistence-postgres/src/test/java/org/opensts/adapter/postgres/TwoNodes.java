package org.opensts.adapter.postgres;

import javax.sql.DataSource;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Two nodes' stores on one fresh database, loaded before the test and closed after it. */
final class TwoNodes implements AfterEachCallback {

  private final DataSource database = TestDatabases.fresh();
  private final PostgresStores a = SharedPostgresStores.startedOn(database);
  private final PostgresStores b = SharedPostgresStores.startedOn(database);

  DataSource database() {
    return database;
  }

  PostgresStores a() {
    return a;
  }

  PostgresStores b() {
    return b;
  }

  @Override
  public void afterEach(ExtensionContext context) {
    a.close();
    b.close();
  }
}
