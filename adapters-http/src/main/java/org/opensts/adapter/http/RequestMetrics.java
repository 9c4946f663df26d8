package org.opensts.adapter.http;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Set;
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

  RequestMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  void record(WireResponse response, long durationNanos) {
    Timer.builder(REQUESTS)
        .description("AWS Query API requests by operation, outcome and AWS error code")
        .tag("operation", response.action())
        .tag("outcome", outcome(response.status()))
        .tag("error_code", response.errorCode())
        .publishPercentileHistogram()
        .minimumExpectedValue(Duration.ofMillis(1))
        .maximumExpectedValue(Duration.ofSeconds(10))
        .register(registry)
        .record(durationNanos, TimeUnit.NANOSECONDS);
    if (response.status() == 200 && SESSION_ISSUING.contains(response.action())) {
      registry.counter(SESSIONS_ISSUED, "operation", response.action()).increment();
    }
  }

  private static String outcome(int status) {
    if (status < 400) {
      return "success";
    }
    return status < 500 ? "client_error" : "server_error";
  }
}
