package org.opensts.application.service;

import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import org.opensts.application.port.in.admission.AdmitRequestCommand;
import org.opensts.application.port.in.admission.AdmitRequestResult;
import org.opensts.application.port.in.admission.AdmitRequestUseCase;
import org.opensts.domain.error.CapacityException;

/**
 * The rate is checked before the concurrency bound, so that a throttled client never holds a place
 * another client could use.
 */
final class AdmitRequestService implements AdmitRequestUseCase {

  /** Beyond this many access keys seen recently, keys share one bucket. */
  static final int MAX_TRACKED_KEYS = 100_000;

  private static final AdmitRequestResult NOTHING_HELD = new AdmitRequestResult(() -> {});

  private final Semaphore inProgress;
  private final TokenBuckets buckets;

  AdmitRequestService(StsUseCases.AdmissionLimits limits) {
    this.inProgress =
        limits.maxConcurrentRequests() == 0 ? null : new Semaphore(limits.maxConcurrentRequests());
    this.buckets =
        limits.ratePerKey() == 0
            ? null
            : new TokenBuckets(
                limits.ratePerKey(), limits.burstPerKey(), MAX_TRACKED_KEYS, System::nanoTime);
  }

  @Override
  public AdmitRequestResult admit(AdmitRequestCommand command) {
    Optional<String> key = command.claimedAccessKeyId();
    if (buckets != null && key.isPresent() && !buckets.tryTake(key.get())) {
      throw CapacityException.throttling();
    }
    if (inProgress == null) {
      return NOTHING_HELD;
    }
    if (!inProgress.tryAcquire()) {
      throw CapacityException.serviceUnavailable();
    }
    AtomicBoolean held = new AtomicBoolean(true);
    // Closing twice (a call cancelled while it completes) must not free two places.
    return new AdmitRequestResult(
        () -> {
          if (held.getAndSet(false)) {
            inProgress.release();
          }
        });
  }
}
