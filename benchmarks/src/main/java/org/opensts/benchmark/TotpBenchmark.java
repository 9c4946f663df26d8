package org.opensts.benchmark;

import java.time.Instant;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.opensts.domain.credential.Totp;

/**
 * Checking an MFA code as AssumeRole and GetSessionToken do: the current step and one either side,
 * HMAC-SHA1 each (RFC 6238). {@code wrongCode} tries all three steps.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TotpBenchmark {

  private static final byte[] SEED = "12345678901234567890".getBytes();
  private static final Instant NOW = Instant.parse("2026-01-02T03:04:05Z");
  private final String current = Totp.code(SEED, Totp.stepAt(NOW));

  @Benchmark
  public OptionalLong currentCode() {
    return Totp.matchingStep(SEED, NOW, current);
  }

  @Benchmark
  public OptionalLong wrongCode() {
    return Totp.matchingStep(SEED, NOW, "000000".equals(current) ? "111111" : "000000");
  }
}
