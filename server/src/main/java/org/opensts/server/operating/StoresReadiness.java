package org.opensts.server.operating;

import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Readiness;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.opensts.server.bootstrap.AccountSeeder;
import org.reactivestreams.Publisher;

/**
 * {@code /health/readiness} is DOWN until the stores and the key ring are loaded and the accounts
 * seeded, and DOWN again once shutdown begins, so that a load balancer stops sending requests.
 */
@Singleton
@Readiness
final class StoresReadiness implements HealthIndicator {

  static final String NAME = "stores";

  private volatile boolean ready;

  /** Depends on the seeder so that it exists only once the stores are loaded. */
  StoresReadiness(AccountSeeder seeder) {}

  @EventListener
  void onStartup(StartupEvent event) {
    ready = true;
  }

  @EventListener
  void onShutdown(ShutdownEvent event) {
    ready = false;
  }

  boolean isReady() {
    return ready;
  }

  @Override
  public Publisher<HealthResult> getResult() {
    return Publishers.just(result());
  }

  HealthResult result() {
    return HealthResult.builder(NAME, ready ? HealthStatus.UP : HealthStatus.DOWN).build();
  }
}
