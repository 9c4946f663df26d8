package org.opensts.server.operating;

import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Readiness;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.opensts.server.bootstrap.AccountSeeder;
import org.opensts.server.wiring.StoreLifecycle;
import org.reactivestreams.Publisher;

/**
 * {@code /health/readiness} is DOWN until the stores and the key ring are loaded and the accounts
 * seeded, whenever a shared database cannot be reached, and again once shutdown begins, so that a
 * load balancer sends requests elsewhere.
 */
@Singleton
@Readiness
final class StoresReadiness implements HealthIndicator {

  static final String NAME = "stores";

  private final Supplier<Optional<String>> seeding;
  private final StoreLifecycle stores;
  private volatile boolean started;

  @Inject
  StoresReadiness(AccountSeeder seeder, StoreLifecycle stores) {
    this(seeder::problem, stores);
  }

  /**
   * @param seeding why the stores are not seeded yet; empty once they are
   */
  StoresReadiness(Supplier<Optional<String>> seeding, StoreLifecycle stores) {
    this.seeding = seeding;
    this.stores = stores;
  }

  @EventListener
  void onStartup(StartupEvent event) {
    started = true;
  }

  @EventListener
  void onShutdown(ShutdownEvent event) {
    started = false;
  }

  boolean isReady() {
    return problem().isEmpty();
  }

  /** Why not ready: not started or shutting down, the stores unreachable, or not yet seeded. */
  Optional<String> problem() {
    if (!started) {
      return Optional.of("not started, or shutting down");
    }
    return stores.problem().or(seeding);
  }

  @Override
  public Publisher<HealthResult> getResult() {
    return Publishers.just(result());
  }

  HealthResult result() {
    Optional<String> problem = problem();
    HealthResult.Builder result =
        HealthResult.builder(NAME, problem.isEmpty() ? HealthStatus.UP : HealthStatus.DOWN);
    problem.ifPresent(why -> result.details(Map.of("problem", why)));
    return result.build();
  }
}
