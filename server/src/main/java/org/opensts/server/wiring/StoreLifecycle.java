package org.opensts.server.wiring;

import java.util.Optional;

/**
 * When the stores can be seeded and serve, whatever their kind: the memory and file stores are
 * loaded once built and belong to this process alone; the PostgreSQL store loads in the background
 * and is shared by every node on the database.
 */
public interface StoreLifecycle {

  /**
   * Runs the action once the stores are loaded: at once, on this thread, when they are (or become
   * so shortly); otherwise later on a thread of the stores', again after each failure for want of
   * the database, until it succeeds.
   */
  void whenLoaded(Runnable action);

  /** Runs the action while no other node sharing the stores runs one. */
  void exclusively(Runnable action);

  /**
   * Whether nothing was ever written to the stores; stores that cannot tell, because they hold
   * nothing of another process, say true.
   */
  boolean neverWritten();

  /** Why the stores cannot serve now; empty when they can. */
  Optional<String> problem();

  /** Stores of this process alone, loaded once built. */
  StoreLifecycle LOCAL =
      new StoreLifecycle() {
        @Override
        public void whenLoaded(Runnable action) {
          action.run();
        }

        @Override
        public void exclusively(Runnable action) {
          action.run();
        }

        @Override
        public boolean neverWritten() {
          return true;
        }

        @Override
        public Optional<String> problem() {
          return Optional.empty();
        }
      };
}
