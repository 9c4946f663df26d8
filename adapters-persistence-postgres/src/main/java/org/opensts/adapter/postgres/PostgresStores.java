package org.opensts.adapter.postgres;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.opensts.application.port.out.PolicyDocumentParser;
import org.opensts.application.port.out.UserStore;
import org.opensts.domain.secret.MasterKey;
import org.opensts.domain.secret.SecretBox;

/**
 * The stores of one node on a PostgreSQL database that several nodes share. {@link #start} returns
 * at once: a thread of the stores' own migrates the schema, loads the mirror and keeps it in step,
 * retrying while the database cannot be reached. Until the first load the stores answer
 * ServiceUnavailable and {@link #isReady} is false.
 */
public final class PostgresStores implements AutoCloseable {

  /**
   * @param pollInterval how long the sync waits for a notification before it reads the change log
   *     anyway; bounds how late a change arrives should a notification be lost
   * @param retryInterval the pause between attempts to reach the database
   * @param changeRetention how long the change log keeps a change; a node cut off for longer
   *     reloads everything on return, as it does after any outage
   */
  public record Options(Duration pollInterval, Duration retryInterval, Duration changeRetention) {

    public Options {
      Objects.requireNonNull(pollInterval, "pollInterval");
      Objects.requireNonNull(retryInterval, "retryInterval");
      Objects.requireNonNull(changeRetention, "changeRetention");
    }

    public static Options defaults() {
      return new Options(Duration.ofMillis(250), Duration.ofSeconds(1), Duration.ofHours(1));
    }
  }

  private final StoreState state;
  private final MirrorSync sync;
  private final Thread syncThread;
  private final PostgresUserStore users;

  private PostgresStores(
      DataSource dataSource, MasterKey masterKey, PolicyDocumentParser parser, Options options) {
    this.state = new StoreState();
    Database database = new Database(dataSource);
    SecretBox secrets =
        new SecretBox(Objects.requireNonNull(masterKey, "masterKey"), new SecureRandom());
    this.users = new PostgresUserStore(database, state, parser);
    List<MirroredTable> tables = List.of(users.table());
    this.sync = new MirrorSync(dataSource, tables, options, state);
    this.syncThread = new Thread(sync, "sts-postgres-sync");
    syncThread.setDaemon(true);
  }

  /** Starts connecting, loading and following in the background; returns at once. */
  public static PostgresStores start(
      DataSource dataSource, MasterKey masterKey, PolicyDocumentParser parser, Options options) {
    PostgresStores stores = new PostgresStores(dataSource, masterKey, parser, options);
    stores.syncThread.start();
    return stores;
  }

  /** Waits until the mirror is loaded; false if it is not within the timeout. */
  public boolean awaitLoaded(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!state.isLoaded()) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      Thread.sleep(20);
    }
    return true;
  }

  /** Loaded and in step with the database now. */
  public boolean isReady() {
    return state.isLoaded() && state.isConnected();
  }

  /** Why the stores are not ready, for the readiness probe; empty when they are. */
  public String problem() {
    return isReady() ? "" : state.lastProblem();
  }

  public UserStore users() {
    return users;
  }

  /** Stops following the database; the data source belongs to the caller. */
  @Override
  public void close() {
    sync.stop();
    syncThread.interrupt();
    try {
      syncThread.join(Duration.ofSeconds(5).toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
