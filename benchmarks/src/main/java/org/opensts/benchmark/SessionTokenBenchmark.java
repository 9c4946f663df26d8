package org.opensts.benchmark;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.opensts.adapter.persistence.memory.GeneratedKeyRing;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.credential.SealingKey;
import org.opensts.domain.credential.Session;
import org.opensts.domain.credential.SessionContext;
import org.opensts.domain.credential.SessionToken;
import org.opensts.domain.credential.SessionTokenCodec;
import org.opensts.domain.identity.AccessKeyId;
import org.opensts.domain.identity.AssumedRolePrincipal;
import org.opensts.domain.identity.IamPath;
import org.opensts.domain.identity.RoleSessionName;
import org.opensts.domain.identity.SecretAccessKey;

/**
 * Sealing a role session into its session token (what every issuing call does) and opening it again
 * (what every request signed with temporary credentials does): AES-256-GCM under the key ring's
 * current key, with a fresh nonce each time.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SessionTokenBenchmark {

  private SealingKey key;
  private Session session;
  private SessionToken token;
  private final SplittableRandom random = new SplittableRandom(42);

  @Setup
  public void issue() {
    key = new GeneratedKeyRing(new SecureRandom()).current();
    AccountId account = AccountId.of("123456789012");
    Instant now = Instant.parse("2026-01-02T03:04:05Z");
    session =
        new Session(
            AccessKeyId.temporary(account, random),
            SecretAccessKey.generate(random),
            new AssumedRolePrincipal(
                account,
                "AROAEXAMPLEROLEID0001",
                IamPath.of("/service/"),
                "app",
                RoleSessionName.of("deploy-1234")),
            now,
            now.plusSeconds(3600),
            SessionContext.NONE);
    token = SessionTokenCodec.seal(session, key, random);
  }

  @Benchmark
  public SessionToken seal() {
    return SessionTokenCodec.seal(session, key, random);
  }

  @Benchmark
  public Session open() {
    return SessionTokenCodec.open(token, id -> Optional.of(key));
  }
}
