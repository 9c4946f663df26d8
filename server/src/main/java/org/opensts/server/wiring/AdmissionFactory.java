package org.opensts.server.wiring;

import static org.opensts.server.wiring.SettingChecks.require;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.opensts.application.port.in.admission.AdmitRequestUseCase;
import org.opensts.application.service.StsUseCases;
import org.opensts.application.service.StsUseCases.AdmissionLimits;

/** One admission for HTTP and gRPC alike: a key's rate and the places in progress are shared. */
@Factory
final class AdmissionFactory {

  @Singleton
  AdmitRequestUseCase admitRequest(
      @Value("${sts.limits.max-concurrent-requests:256}") int maxConcurrentRequests,
      @Value("${sts.limits.rate-per-key:100}") double ratePerKey,
      @Value("${sts.limits.burst-per-key:200}") int burstPerKey) {
    require(
        maxConcurrentRequests >= 0,
        "STS_MAX_CONCURRENT_REQUESTS (sts.limits.max-concurrent-requests)",
        maxConcurrentRequests,
        "0 or more");
    require(
        ratePerKey >= 0,
        "STS_RATE_LIMIT_PER_KEY (sts.limits.rate-per-key)",
        ratePerKey,
        "0 or more");
    require(
        burstPerKey >= 1 || ratePerKey == 0,
        "STS_RATE_LIMIT_BURST (sts.limits.burst-per-key)",
        burstPerKey,
        "at least 1");
    return StsUseCases.admitRequest(
        new AdmissionLimits(maxConcurrentRequests, ratePerKey, burstPerKey));
  }
}
