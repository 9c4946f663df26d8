package org.opensts.server.operating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.health.HealthStatus;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opensts.server.wiring.StoreLifecycle;

class StoresReadinessTest {

  private final StoresReadiness readiness =
      new StoresReadiness(Optional::empty, StoreLifecycle.LOCAL);

  @Test
  void givenTheContextNotYetStarted_readiness_isDown() {
    assertFalse(readiness.isReady());
    assertEquals(HealthStatus.DOWN, status());
  }

  @Test
  void givenTheContextStarted_readiness_isUp() {
    readiness.onStartup(null);

    assertTrue(readiness.isReady());
    assertEquals(HealthStatus.UP, status());
  }

  @Test
  void givenShutdownBegun_readiness_isDownAgain() {
    readiness.onStartup(null);
    readiness.onShutdown(null);

    assertEquals(HealthStatus.DOWN, status());
  }

  @Test
  void givenTheAccountsNotYetSeeded_readiness_isDownSayingSo() {
    StoresReadiness unseeded =
        new StoresReadiness(() -> Optional.of("not seeded yet"), StoreLifecycle.LOCAL);
    unseeded.onStartup(null);

    assertEquals(HealthStatus.DOWN, unseeded.result().getStatus());
    assertEquals(Map.of("problem", "not seeded yet"), unseeded.result().getDetails());
  }

  @Test
  void givenTheSharedDatabaseUnreachable_readiness_isDownWithTheStoresProblem() {
    StoresReadiness cutOff =
        new StoresReadiness(Optional::empty, unreachable("connection refused"));
    cutOff.onStartup(null);

    assertEquals(HealthStatus.DOWN, cutOff.result().getStatus());
    assertEquals(Map.of("problem", "connection refused"), cutOff.result().getDetails());
  }

  private static StoreLifecycle unreachable(String problem) {
    return new StoreLifecycle() {
      @Override
      public void whenLoaded(Runnable action) {}

      @Override
      public void exclusively(Runnable action) {}

      @Override
      public boolean neverWritten() {
        return false;
      }

      @Override
      public Optional<String> problem() {
        return Optional.of(problem);
      }
    };
  }

  private HealthStatus status() {
    return readiness.result().getStatus();
  }
}
