package org.opensts.server.wiring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.scheduling.TaskScheduler;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.opensts.application.port.in.admin.RotateSealingKeyResult;
import org.opensts.application.port.in.admin.RotateSealingKeyUseCase;
import org.opensts.application.port.in.oidc.RotateWebTokenSigningKeysResult;
import org.opensts.application.port.in.oidc.RotateWebTokenSigningKeysUseCase;

/** The rotation schedule, with a task scheduler that records instead of waiting. */
class KeyRotationScheduleTest {

  /** What the schedule asked the scheduler for. */
  private record Request(String method, Duration initialDelay, Duration period, Runnable task) {}

  private final List<Request> requests = new ArrayList<>();
  private final AtomicInteger rotations = new AtomicInteger();
  private final AtomicInteger cancels = new AtomicInteger();
  private final AtomicInteger webTokenRotations = new AtomicInteger();

  private final RotateWebTokenSigningKeysUseCase webTokenUseCase =
      command -> {
        webTokenRotations.incrementAndGet();
        return new RotateWebTokenSigningKeysResult(List.of("RSA_1", "EC384_1"), List.of());
      };

  private final RotateSealingKeyUseCase useCase =
      command -> {
        rotations.incrementAndGet();
        return new RotateSealingKeyResult("k" + rotations.get(), List.of(), List.of());
      };

  private final TaskScheduler scheduler =
      (TaskScheduler)
          Proxy.newProxyInstance(
              TaskScheduler.class.getClassLoader(),
              new Class<?>[] {TaskScheduler.class},
              (proxy, method, args) -> {
                if (method.getName().equals("scheduleWithFixedDelay")) {
                  requests.add(
                      new Request(
                          method.getName(),
                          (Duration) args[0],
                          (Duration) args[1],
                          (Runnable) args[2]));
                  return future();
                }
                throw new UnsupportedOperationException(method.getName());
              });

  private ScheduledFuture<?> future() {
    return (ScheduledFuture<?>)
        Proxy.newProxyInstance(
            ScheduledFuture.class.getClassLoader(),
            new Class<?>[] {ScheduledFuture.class},
            (proxy, method, args) -> {
              if (method.getName().equals("cancel")) {
                cancels.incrementAndGet();
                return true;
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }

  private KeyRotationSchedule schedule(String period) {
    StsSettings settings = new StsSettings();
    settings.setKeyRotationPeriod(period);
    return new KeyRotationSchedule(settings, useCase, webTokenUseCase, scheduler);
  }

  @Test
  void givenPeriod_start_schedulesTheFirstRotationOnePeriodAfterStartAndEachRunRotates() {
    KeyRotationSchedule schedule = schedule("P30D");

    assertEquals(Optional.of(Duration.ofDays(30)), schedule.start());
    schedule.start();

    assertEquals(1, requests.size());
    Request request = requests.get(0);
    assertEquals(Duration.ofDays(30), request.initialDelay());
    assertEquals(Duration.ofDays(30), request.period());
    assertEquals(0, rotations.get());
    request.task().run();
    request.task().run();
    assertEquals(2, rotations.get());
    assertEquals(2, webTokenRotations.get());

    schedule.stop();
    assertEquals(1, cancels.get());
  }

  @Test
  void givenEmptyOrZeroPeriod_start_schedulesNothing() {
    for (String never : List.of("", " ", "0", "PT0S", "0d")) {
      assertEquals(Optional.empty(), schedule(never).start(), never);
    }
    assertTrue(requests.isEmpty());
  }

  @Test
  void givenRotationFailure_theRun_logsAndTheScheduleGoesOn() {
    KeyRotationSchedule schedule =
        new KeyRotationSchedule(
            settings("1h"),
            command -> {
              throw new IllegalStateException("disk full");
            },
            webTokenUseCase,
            scheduler);
    schedule.start();

    requests.get(0).task().run();

    assertEquals(Duration.ofHours(1), requests.get(0).period());
    assertEquals(1, webTokenRotations.get());
  }

  @Test
  void periods_parseIsoAndMicronautForms_andRejectNonsense() {
    assertEquals(Optional.of(Duration.ofDays(30)), KeyRotationSchedule.parsePeriod("30d"));
    assertEquals(Optional.of(Duration.ofHours(12)), KeyRotationSchedule.parsePeriod("PT12H"));
    assertEquals(Optional.of(Duration.ofMinutes(90)), KeyRotationSchedule.parsePeriod("90m"));
    assertEquals(Optional.of(Duration.ofSeconds(45)), KeyRotationSchedule.parsePeriod("45s"));
    assertEquals(Optional.of(Duration.ofMillis(500)), KeyRotationSchedule.parsePeriod("500ms"));
    IllegalStateException error =
        assertThrows(IllegalStateException.class, () -> KeyRotationSchedule.parsePeriod("monthly"));
    assertTrue(error.getMessage().contains("STS_KEY_ROTATION_PERIOD"), error.getMessage());
    assertThrows(IllegalStateException.class, () -> KeyRotationSchedule.parsePeriod("-PT1H"));
  }

  private static StsSettings settings(String period) {
    StsSettings settings = new StsSettings();
    settings.setKeyRotationPeriod(period);
    return settings;
  }
}
