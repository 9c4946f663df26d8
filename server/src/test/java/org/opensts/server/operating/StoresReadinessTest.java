package org.opensts.server.operating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.health.HealthStatus;
import org.junit.jupiter.api.Test;

class StoresReadinessTest {

  private final StoresReadiness readiness = new StoresReadiness(null);

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

  private HealthStatus status() {
    return readiness.result().getStatus();
  }
}
