package org.opensts.adapter.postgres;

import org.opensts.domain.error.StoreUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether this node's mirror is loaded, and whether it is in step with the database now. Until the
 * first load no store can answer; after it, reads are served from the mirror even while the
 * database is away, and readiness says that it is.
 */
final class StoreState {

  private static final Logger LOG = LoggerFactory.getLogger(StoreState.class);

  private volatile boolean loaded;
  private volatile boolean connected;
  private volatile String lastProblem = "not connected yet";

  /**
   * @throws StoreUnavailableException until the mirror has been loaded once
   */
  void requireLoaded() {
    if (!loaded) {
      throw new StoreUnavailableException();
    }
  }

  boolean isLoaded() {
    return loaded;
  }

  boolean isConnected() {
    return connected;
  }

  String lastProblem() {
    return lastProblem;
  }

  void connected() {
    if (!connected && loaded) {
      LOG.info("The database is back; the mirror is reloaded and in step again");
    }
    loaded = true;
    connected = true;
  }

  void disconnected(Exception cause) {
    String problem = cause.toString();
    if (connected || !problem.equals(lastProblem)) {
      LOG.warn(
          "The database cannot be reached ({}); retrying. {}",
          problem,
          loaded
              ? "Reads are served from this node's last view, writes get ServiceUnavailable."
              : "Not ready until it answers.");
    }
    lastProblem = problem;
    connected = false;
  }
}
