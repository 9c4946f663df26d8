package org.opensts.server;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.exceptions.NoSuchBeanException;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A setting out of range stops start-up with a message naming it as the README's table does. */
class InvalidSettingsSystemTest {

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource({
    "sts.limits.rate-per-key, -1, STS_RATE_LIMIT_PER_KEY",
    "sts.limits.burst-per-key, 0, STS_RATE_LIMIT_BURST",
    "sts.limits.max-concurrent-requests, -5, STS_MAX_CONCURRENT_REQUESTS",
    "sts.audit.max-bytes, 10, STS_AUDIT_MAX_BYTES",
    "sts.audit.queue-size, 0, STS_AUDIT_QUEUE_SIZE",
    "sts.log-format, xml, STS_LOG_FORMAT"
  })
  void givenASettingOutOfRange_start_failsNamingIt(String property, String value, String name) {
    RuntimeException e =
        assertThrows(RuntimeException.class, () -> TestServer.start(Map.of(property, value)));

    assertTrue(messages(e).contains(name), messages(e));
  }

  @ParameterizedTest(name = "STS_STORE=postgres, {0}={1}")
  @CsvSource({
    "sts.db.url, '', STS_DB_URL",
    "sts.db.url, jdbc:mysql://127.0.0.1/sts, STS_DB_URL",
    "sts.db.user, '', STS_DB_USER",
    "sts.db.pool-size, 2, STS_DB_POOL_SIZE",
    "sts.db.password-file, /nonexistent/sts-db-password, STS_DB_PASSWORD_FILE",
    "sts.master-key, '', STS_MASTER_KEY"
  })
  void givenAPostgresSettingMissingOrInvalid_start_failsNamingIt(
      String property, String value, String name) {
    Map<String, Object> settings = validPostgres();
    settings.put(property, value);

    RuntimeException e = assertThrows(RuntimeException.class, () -> TestServer.start(settings));

    assertTrue(messages(e).contains(name), messages(e));
  }

  @Test
  void givenBothADatabasePasswordAndAPasswordFile_start_failsNamingBoth() {
    Map<String, Object> settings = validPostgres();
    settings.put("sts.db.password", "secret");
    settings.put("sts.db.password-file", "/run/secrets/db");

    RuntimeException e = assertThrows(RuntimeException.class, () -> TestServer.start(settings));

    assertTrue(messages(e).contains("STS_DB_PASSWORD or STS_DB_PASSWORD_FILE"), messages(e));
  }

  @Test
  void givenAnInvalidDatabaseUrl_theMessage_neverRepeatsIt() {
    Map<String, Object> settings = validPostgres();
    settings.put("sts.db.url", "jdbc:mysql://127.0.0.1/sts?password=hunter2");

    RuntimeException e = assertThrows(RuntimeException.class, () -> TestServer.start(settings));

    assertFalse(messages(e).contains("hunter2"), messages(e));
  }

  @Test
  void givenTheMemoryStore_theServer_hasNoDatabasePool() {
    try (TestServer server = TestServer.start()) {
      assertThrows(NoSuchBeanException.class, () -> server.bean(DataSource.class));
    }
  }

  /** Valid settings of the PostgreSQL store, on a port where no database answers. */
  private static Map<String, Object> validPostgres() {
    Map<String, Object> settings = new HashMap<>();
    settings.put("micronaut.server.port", -1);
    settings.put("micronaut.server.host", "127.0.0.1");
    settings.put("sts.store", "postgres");
    settings.put("sts.db.url", "jdbc:postgresql://127.0.0.1:1/sts");
    settings.put("sts.db.user", "sts");
    settings.put("sts.master-key", ChildServer.randomMasterKey());
    return settings;
  }

  private static String messages(Throwable e) {
    StringBuilder all = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      all.append(t.getMessage()).append('\n');
    }
    return all.toString();
  }
}
