package org.opensts.adapter.http.sts;

import java.time.Instant;
import java.util.SplittableRandom;
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
import org.opensts.application.port.in.sts.AssumeRoleResult;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.credential.SessionToken;
import org.opensts.domain.credential.TemporaryCredentials;
import org.opensts.domain.identity.AccessKeyId;
import org.opensts.domain.identity.SecretAccessKey;

/**
 * Rendering an AssumeRole answer into AWS's XML envelope, as the Query endpoint does for every
 * issued session. (In the adapter's package, which the response class is private to.)
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AssumeRoleXmlBenchmark {

  private final AssumeRoleResult result = result();

  @Benchmark
  public String render() {
    return AssumeRoleResponse.from(result)
        .toXml(StsApi.NAMESPACE, "c6104cbe-af31-11e0-8154-cbc7ccf896c7");
  }

  private static AssumeRoleResult result() {
    SplittableRandom random = new SplittableRandom(7);
    AccountId account = AccountId.of("123456789012");
    return new AssumeRoleResult(
        new TemporaryCredentials(
            AccessKeyId.temporary(account, random),
            SecretAccessKey.generate(random),
            new SessionToken("IQoJb3JpZ2luX2VjE" + "A".repeat(700)),
            Instant.parse("2026-01-02T04:04:05Z")),
        "arn:aws:sts::123456789012:assumed-role/app/deploy-1234",
        "AROAEXAMPLEROLEID0001:deploy-1234",
        null,
        null);
  }
}
