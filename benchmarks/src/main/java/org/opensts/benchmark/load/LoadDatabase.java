package org.opensts.benchmark.load;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;

/**
 * A PostgreSQL server for the load benchmark's runs on the PostgreSQL store, from the same binaries
 * the tests use: prints the JDBC URL of an empty database, then serves until its standard input
 * closes.
 *
 * <p>Usage: {@code LoadDatabase}
 */
public final class LoadDatabase {

  private LoadDatabase() {}

  public static void main(String[] args) throws IOException {
    try (EmbeddedPostgres server = EmbeddedPostgres.builder().start()) {
      System.out.println("jdbc:postgresql://127.0.0.1:" + server.getPort() + "/postgres");
      System.out.flush();
      while (System.in.read() >= 0) {
        // Serve until the benchmark closes the pipe.
      }
    }
  }
}
