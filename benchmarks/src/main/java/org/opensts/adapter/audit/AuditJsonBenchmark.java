package org.opensts.adapter.audit;

import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
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
import org.opensts.application.port.out.AuditEvent;

/**
 * Writing one AssumeRole event as a CloudTrail JSON line, the audit writer thread's work for every
 * issued session. (In the adapter's package, which the writer is private to.)
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AuditJsonBenchmark {

  private final AuditEvent event = assumeRole();
  private final JsonLine line = new JsonLine();

  @Benchmark
  public int writeAssumeRole() throws IOException {
    line.reset();
    AuditJson.write(event, line);
    return line.size();
  }

  private static AuditEvent assumeRole() {
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("roleArn", "arn:aws:iam::123456789012:role/service/app");
    parameters.put("roleSessionName", "deploy-1234");
    parameters.put("durationSeconds", "3600");
    Map<String, Object> credentials = new LinkedHashMap<>();
    credentials.put("accessKeyId", "ASIARTXV5AHD5U5E5AOA");
    credentials.put("expiration", "2026-01-02T04:04:05Z");
    Map<String, Object> assumedRoleUser = new LinkedHashMap<>();
    assumedRoleUser.put("assumedRoleId", "AROAEXAMPLEROLEID0001:deploy-1234");
    assumedRoleUser.put("arn", "arn:aws:sts::123456789012:assumed-role/app/deploy-1234");
    Map<String, Object> elements = new LinkedHashMap<>();
    elements.put("credentials", credentials);
    elements.put("assumedRoleUser", assumedRoleUser);
    elements.put("packedPolicySize", "6");
    return new AuditEvent(
        Instant.parse("2026-01-02T03:04:05.123Z"),
        AuditEvent.STS,
        "AssumeRole",
        "us-east-1",
        "127.0.0.1",
        "aws-sdk-java/2.31.0 Linux/6.1 OpenJDK_64-Bit_Server_VM/17.0.15",
        new AuditEvent.UserIdentity(
            "IAMUser",
            "AIDATVJIFCFJ3OQ4R7C7D",
            "arn:aws:iam::123456789012:user/fleet/deployer",
            "123456789012",
            "AKIALOADDEPLOYER0001",
            "deployer",
            null,
            null),
        parameters,
        elements,
        null,
        null,
        "55ae82b5-249a-4f74-906f-b71f9835c93b",
        "1a80ade2-baba-4892-a729-6ba3ea1959d4",
        false,
        "123456789012",
        "0a79ac87-92e2-412d-b73d-c8de04b094ed");
  }
}
