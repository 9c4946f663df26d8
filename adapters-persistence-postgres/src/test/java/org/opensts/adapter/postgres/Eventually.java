package org.opensts.adapter.postgres;

import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Waits for what another node must see within the bound a change takes to reach every node. */
final class Eventually {

  static final Duration BOUND = Duration.ofSeconds(1);

  private Eventually() {}

  /** What the probe finds first within the bound, or empty if it finds nothing in time. */
  static <T> Optional<T> present(Supplier<Optional<T>> probe) throws InterruptedException {
    long deadline = System.nanoTime() + BOUND.toNanos();
    Optional<T> seen = probe.get();
    while (seen.isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(5);
      seen = probe.get();
    }
    return seen;
  }

  /** Whether the condition comes to hold within the bound. */
  static boolean holds(BooleanSupplier condition) throws InterruptedException {
    return present(() -> condition.getAsBoolean() ? Optional.of(true) : Optional.empty())
        .isPresent();
  }
}
