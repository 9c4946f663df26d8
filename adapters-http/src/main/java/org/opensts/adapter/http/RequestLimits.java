package org.opensts.adapter.http;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opensts.domain.error.CapacityException;

/**
 * Admission before a request is processed: a rate limit per access key id (AWS's {@code
 * Throttling}, "Rate exceeded") so that one client cannot starve the others, and a bound on the
 * requests in progress ({@code ServiceUnavailable}). Zero turns either off.
 */
@Singleton
final class RequestLimits {

  /** Beyond this many access keys seen recently, keys share one bucket. */
  static final int MAX_TRACKED_KEYS = 100_000;

  private static final Pattern HEADER_CREDENTIAL = Pattern.compile("Credential=([A-Za-z0-9]+)/");
  private static final Pattern QUERY_CREDENTIAL =
      Pattern.compile("(?:^|&)X-Amz-Credential=([A-Za-z0-9]+)(?:/|%2F)", Pattern.CASE_INSENSITIVE);

  private final Semaphore inProgress;
  private final TokenBuckets buckets;

  RequestLimits(
      @Value("${sts.limits.max-concurrent-requests:256}") int maxConcurrentRequests,
      @Value("${sts.limits.rate-per-key:100}") double ratePerKey,
      @Value("${sts.limits.burst-per-key:200}") int burstPerKey) {
    require(
        maxConcurrentRequests >= 0, "sts.limits.max-concurrent-requests", maxConcurrentRequests);
    require(ratePerKey >= 0, "sts.limits.rate-per-key", ratePerKey);
    require(burstPerKey >= 1 || ratePerKey == 0, "sts.limits.burst-per-key", burstPerKey);
    this.inProgress = maxConcurrentRequests == 0 ? null : new Semaphore(maxConcurrentRequests);
    this.buckets =
        ratePerKey == 0
            ? null
            : new TokenBuckets(ratePerKey, burstPerKey, MAX_TRACKED_KEYS, System::nanoTime);
  }

  /** What an admitted request holds until its response is ready. */
  interface Permit extends AutoCloseable {
    @Override
    void close();
  }

  /**
   * Admits the request, or refuses it with the AWS error that says why.
   *
   * @throws CapacityException when the caller's key is over its rate or the server is full
   */
  Permit admit(HttpRequest<?> request) {
    if (buckets != null) {
      Optional<String> key = accessKeyId(request);
      if (key.isPresent() && !buckets.tryTake(key.get())) {
        throw CapacityException.throttling();
      }
    }
    if (inProgress == null) {
      return () -> {};
    }
    if (!inProgress.tryAcquire()) {
      throw CapacityException.serviceUnavailable();
    }
    return inProgress::release;
  }

  /** The access key id the request claims to be signed with, header or presigned form. */
  static Optional<String> accessKeyId(HttpRequest<?> request) {
    String authorization = request.getHeaders().get("Authorization");
    if (authorization != null) {
      Matcher m = HEADER_CREDENTIAL.matcher(authorization);
      if (m.find()) {
        return Optional.of(m.group(1));
      }
    }
    String query = request.getUri().getRawQuery();
    if (query != null) {
      Matcher m = QUERY_CREDENTIAL.matcher(query);
      if (m.find()) {
        return Optional.of(m.group(1));
      }
    }
    return Optional.empty();
  }

  private static void require(boolean valid, String property, Object value) {
    if (!valid) {
      throw new IllegalArgumentException("Invalid " + property + ": " + value);
    }
  }
}
