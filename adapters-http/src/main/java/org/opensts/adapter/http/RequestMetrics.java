package org.opensts.adapter.http;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Records each Query API request in Micrometer: {@value #REQUESTS} (a timer with a latency
 * histogram, tagged by operation, outcome and AWS error code) and {@value #SESSIONS_ISSUED} (the
 * temporary credentials handed out, by operation).
 */
@Singleton
final class RequestMetrics {

  static final String REQUESTS = "sts.requests";
  static final String SESSIONS_ISSUED = "sts.sessions.issued";

  private static final Set<String> SESSION_ISSUING =
      Set.of(
          "AssumeRole",
          "AssumeRoleWithSAML",
          "AssumeRoleWithWebIdentity",
          "GetFederationToken",
          "GetSessionToken");

  private final MeterRegistry registry;

  /**
   * The meters by what tags them, looked up once: building a meter's id to find it in the registry
   * costs more than the recording. Bounded, as actions and error codes are.
   */
  private final Map<Tags, Timer> timers = new ConcurrentHashMap<>();

  private final Map<String, Counter> sessionCounters = new ConcurrentHashMap<>();

  RequestMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  void record(WireResponse response, long durationNanos) {
    timers
        .computeIfAbsent(
            new Tags(response.action(), outcome(response.status()), response.errorCode()),
            this::timer)
        .record(durationNanos, TimeUnit.NANOSECONDS);
    if (response.status() == 200 && SESSION_ISSUING.contains(response.action())) {
      sessionCounters
          .computeIfAbsent(
              response.action(), action -> registry.counter(SESSIONS_ISSUED, "operation", action))
          .increment();
    }
  }

  private Timer timer(Tags tags) {
    return Timer.builder(REQUESTS)
        .description("AWS Query API requests by operation, outcome and AWS error code")
        .tag("operation", tags.operation())
        .tag("outcome", tags.outcome())
        .tag("error_code", tags.errorCode())
        .publishPercentileHistogram()
        .minimumExpectedValue(Duration.ofMillis(1))
        .maximumExpectedValue(Duration.ofSeconds(10))
        .register(registry);
  }

  private record Tags(String operation, String outcome, String errorCode) {}

  private static String outcome(int status) {
    if (status < 400) {
      return "success";
    }
    return status < 500 ? "client_error" : "server_error";
  }
}
