package org.opensts.server.wiring;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks the {@code STS_DB_*} settings before the pool is made of them, and reads the password from
 * {@code STS_DB_PASSWORD_FILE} when that is how it is given. Runs only when there is a pool to
 * make, that is with {@code STS_STORE=postgres}.
 */
@Singleton
final class PostgresPoolSettings implements BeanCreatedEventListener<DatasourceConfiguration> {

  private static final String URL_PREFIX = "jdbc:postgresql:";

  /**
   * One connection follows the change log, one holds the lock while a node seeds at start-up, and
   * the seeding itself needs one more.
   */
  static final int MIN_POOL_SIZE = 3;

  private final StsSettings.Db db;

  PostgresPoolSettings(StsSettings.Db db) {
    this.db = db;
  }

  @Override
  public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
    DatasourceConfiguration pool = event.getBean();
    check(db);
    if (!db.getPasswordFile().isBlank()) {
      pool.setPassword(readPassword(Path.of(db.getPasswordFile())));
    }
    return pool;
  }

  /** The URL is never repeated in a message: it may carry a password. */
  static void check(StsSettings.Db db) {
    SettingChecks.require(
        db.getUrl().startsWith(URL_PREFIX),
        "STS_DB_URL",
        db.getUrl().isEmpty() ? "(not set)" : "(not a PostgreSQL JDBC URL)",
        "jdbc:postgresql://host:port/database");
    SettingChecks.require(!db.getUser().isBlank(), "STS_DB_USER", "(not set)", "the database user");
    if (!db.getPassword().isEmpty() && !db.getPasswordFile().isBlank()) {
      throw new ConfigurationException("Set STS_DB_PASSWORD or STS_DB_PASSWORD_FILE, not both");
    }
    SettingChecks.require(
        db.getPoolSize() >= MIN_POOL_SIZE,
        "STS_DB_POOL_SIZE",
        db.getPoolSize(),
        "at least " + MIN_POOL_SIZE);
  }

  private static String readPassword(Path file) {
    try {
      return Files.readString(file).strip();
    } catch (IOException e) {
      throw new ConfigurationException(
          "Invalid STS_DB_PASSWORD_FILE: "
              + file
              + " (expected a readable file holding the password: "
              + e
              + ")");
    }
  }
}
