package org.opensts.server;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for system tests, on a data directory and port of its own that outlive a
 * {@link #stop}, so that it can be stopped under load and {@link #start started} again as it was;
 * and the settings of a server node on one of its databases.
 */
final class EmbeddedDatabase implements AutoCloseable {

  private static final AtomicInteger NEXT = new AtomicInteger();

  private final Path dataDirectory;
  private final int port;
  private EmbeddedPostgres server;

  private EmbeddedDatabase(Path dataDirectory, int port) {
    this.dataDirectory = dataDirectory;
    this.port = port;
  }

  /** A server not started yet, on a free port: what a node sees of a database that is down. */
  static EmbeddedDatabase notStarted() {
    try {
      return new EmbeddedDatabase(Files.createTempDirectory("sts-postgres-"), freePort());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static EmbeddedDatabase started() {
    EmbeddedDatabase database = notStarted();
    database.start();
    return database;
  }

  /** Starts the server, on the data directory of the last start if there was one. */
  synchronized void start() {
    try {
      server =
          EmbeddedPostgres.builder()
              .setDataDirectory(dataDirectory)
              .setCleanDataDirectory(false)
              .setPort(port)
              .start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Stops the server (fast shutdown: sessions are cut); the data stays for the next start. */
  synchronized void stop() {
    try {
      server.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server = null;
  }

  /** A new, empty database, for a test of its own. */
  String freshDatabase() {
    String name = "sts_system_" + NEXT.incrementAndGet();
    try (Connection connection = server.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return name;
  }

  /**
   * The settings of a node on {@code database}: {@code STS_STORE=postgres}, the pool on it, the
   * master key every node of the database shares, no rate limit.
   */
  Map<String, Object> nodeSettings(String database, String masterKey) {
    Map<String, Object> settings = new HashMap<>();
    settings.put("sts.store", "postgres");
    settings.put("sts.db.url", url(database));
    settings.put("sts.db.user", "postgres");
    settings.put("sts.master-key", masterKey);
    settings.put("sts.limits.rate-per-key", 0);
    return settings;
  }

  /** The JDBC URL of {@code database}; its user is {@code postgres}, with any password. */
  String url(String database) {
    return "jdbc:postgresql://localhost:" + port + "/" + database;
  }

  @Override
  public synchronized void close() {
    if (server != null) {
      stop();
    }
    try (Stream<Path> files = Files.walk(dataDirectory)) {
      files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
    } catch (IOException e) {
      // A temporary directory; left behind at worst.
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
