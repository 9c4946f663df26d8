package org.opensts.server.wiring;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.TaskScheduler;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opensts.application.port.in.admin.RotateSealingKeyCommand;
import org.opensts.application.port.in.admin.RotateSealingKeyResult;
import org.opensts.application.port.in.admin.RotateSealingKeyUseCase;
import org.opensts.application.port.in.oidc.RotateWebTokenSigningKeysCommand;
import org.opensts.application.port.in.oidc.RotateWebTokenSigningKeysResult;
import org.opensts.application.port.in.oidc.RotateWebTokenSigningKeysUseCase;

/**
 * Rotates the session-token sealing key, and the two keys web identity tokens are signed with,
 * every {@code STS_KEY_ROTATION_PERIOD}, the first time one period after start-up; never when the
 * period is empty or zero. Each server process keeps its own schedule, counted from its own start.
 */
@Singleton
final class KeyRotationSchedule implements ApplicationEventListener<StartupEvent> {

  private static final System.Logger LOG = System.getLogger(KeyRotationSchedule.class.getName());
  private static final Pattern SHORT = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");

  private final Optional<Duration> period;
  private final RotateSealingKeyUseCase rotateSealingKey;
  private final RotateWebTokenSigningKeysUseCase rotateWebTokenSigningKeys;
  private final TaskScheduler scheduler;
  private ScheduledFuture<?> scheduled;

  KeyRotationSchedule(
      StsSettings settings,
      RotateSealingKeyUseCase rotateSealingKey,
      RotateWebTokenSigningKeysUseCase rotateWebTokenSigningKeys,
      @Named(TaskExecutors.SCHEDULED) TaskScheduler scheduler) {
    this.period = parsePeriod(settings.getKeyRotationPeriod());
    this.rotateSealingKey = rotateSealingKey;
    this.rotateWebTokenSigningKeys = rotateWebTokenSigningKeys;
    this.scheduler = scheduler;
  }

  @Override
  public void onApplicationEvent(StartupEvent event) {
    start();
  }

  /** Schedules the rotation, once; returns the period, or empty when rotation is off. */
  synchronized Optional<Duration> start() {
    if (period.isPresent() && scheduled == null) {
      Duration every = period.get();
      scheduled = scheduler.scheduleWithFixedDelay(every, every, this::rotate);
      LOG.log(Level.INFO, "Session-token key rotation every {0}, first in {0}", every);
    }
    return period;
  }

  /** One scheduled run: a failure is logged, and the next run tries again. */
  void rotate() {
    rotateSealingKey();
    rotateWebTokenSigningKeys();
  }

  private void rotateSealingKey() {
    try {
      RotateSealingKeyResult result = rotateSealingKey.rotate(new RotateSealingKeyCommand());
      LOG.log(
          Level.INFO,
          "Rotated the session-token key: new key {0}, kept {1}, pruned {2}",
          result.newKeyId(),
          result.keptKeyIds(),
          result.prunedKeyIds());
    } catch (RuntimeException e) {
      LOG.log(Level.ERROR, "Session-token key rotation failed; the current key stays in use", e);
    }
  }

  /** Independent of the sealing key's: either failing leaves the other rotated. */
  private void rotateWebTokenSigningKeys() {
    try {
      RotateWebTokenSigningKeysResult result =
          rotateWebTokenSigningKeys.rotate(new RotateWebTokenSigningKeysCommand());
      LOG.log(
          Level.INFO,
          "Rotated the web token signing keys: new keys {0}, pruned {1}",
          result.newKeyIds(),
          result.prunedKeyIds());
    } catch (RuntimeException e) {
      LOG.log(
          Level.ERROR, "Web token signing key rotation failed; the current keys stay in use", e);
    }
  }

  @PreDestroy
  synchronized void stop() {
    if (scheduled != null) {
      scheduled.cancel(false);
      scheduled = null;
    }
  }

  /**
   * {@code STS_KEY_ROTATION_PERIOD}: an ISO-8601 duration ({@code P30D}, {@code PT12H}) or a number
   * with a unit ({@code 30d}, {@code 12h}, {@code 90m}, {@code 45s}, {@code 500ms}); empty or zero
   * for never.
   *
   * @throws IllegalStateException naming the setting when the value is neither, or negative
   */
  static Optional<Duration> parsePeriod(String value) {
    String text = value == null ? "" : value.strip();
    if (text.isEmpty() || text.equals("0")) {
      return Optional.empty();
    }
    Duration duration;
    Matcher shortForm = SHORT.matcher(text.toLowerCase(Locale.ROOT));
    if (shortForm.matches()) {
      long amount = Long.parseLong(shortForm.group(1));
      duration =
          switch (shortForm.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
          };
    } else {
      try {
        duration = Duration.parse(text);
      } catch (DateTimeParseException e) {
        throw new IllegalStateException(
            "STS_KEY_ROTATION_PERIOD is '"
                + value
                + "'; give an ISO-8601 duration such as P30D, a number with a unit such as 30d,"
                + " or 0 for never",
            e);
      }
    }
    if (duration.isNegative()) {
      throw new IllegalStateException(
          "STS_KEY_ROTATION_PERIOD is '" + value + "'; it must not be negative");
    }
    return duration.isZero() ? Optional.empty() : Optional.of(duration);
  }
}
