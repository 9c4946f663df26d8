package org.opensts.server.wiring;

import java.time.Duration;
import java.util.Optional;
import org.opensts.adapter.postgres.PostgresStores;
import org.opensts.domain.error.StoreUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL stores' lifecycle: loaded in the background, shared with the other nodes. Start-up
 * waits a little for the first load, so that with the database up a node seeds (or fails on a bad
 * bootstrap file) before it listens, as with the other stores; with the database down it starts
 * anyway, non-ready, and seeds once the database answers.
 */
final class SharedStoreLifecycle implements StoreLifecycle {

  private static final Logger LOG = LoggerFactory.getLogger(SharedStoreLifecycle.class);
  private static final Duration START_WAIT = Duration.ofSeconds(5);
  private static final Duration RETRY_INTERVAL = Duration.ofSeconds(1);

  private final PostgresStores stores;
  private volatile boolean closed;

  SharedStoreLifecycle(PostgresStores stores) {
    this.stores = stores;
  }

  @Override
  public void whenLoaded(Runnable action) {
    if (loadedWithin(START_WAIT)) {
      try {
        action.run();
        return;
      } catch (StoreUnavailableException e) {
        LOG.warn("The database went away during start-up seeding; retrying in the background");
      }
    } else {
      LOG.warn(
          "The database does not answer yet ({}); starting non-ready, seeding once it does",
          stores.problem());
    }
    stores.whenLoaded(() -> untilDone(action));
  }

  @Override
  public void exclusively(Runnable action) {
    stores.exclusively(action);
  }

  @Override
  public boolean neverWritten() {
    return stores.neverWritten();
  }

  @Override
  public Optional<String> problem() {
    return stores.isReady() ? Optional.empty() : Optional.of(stores.problem());
  }

  /** Stops the retries; the stores are closed by their owner. */
  void close() {
    closed = true;
  }

  private boolean loadedWithin(Duration timeout) {
    try {
      return stores.awaitLoaded(timeout);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private void untilDone(Runnable action) {
    while (!closed && !Thread.currentThread().isInterrupted()) {
      try {
        action.run();
        return;
      } catch (StoreUnavailableException e) {
        sleep();
      } catch (RuntimeException e) {
        // Too late to stop start-up: the node stays non-ready, readiness saying why.
        LOG.error("Start-up seeding failed; this node stays non-ready: {}", e.getMessage(), e);
        return;
      }
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(RETRY_INTERVAL.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
