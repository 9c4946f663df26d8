package org.opensts.adapter.http;

import io.micronaut.context.ApplicationContext;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.util.ReferenceCountUtil;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.SocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.opensts.benchmark.load.PresignRequests;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/**
 * A whole Query request served in process: the bytes of a request signed by the AWS SDK go through
 * Netty's HTTP codec and the fast lane into the server's own wiring (bootstrap fixture of the load
 * benchmark, in-memory store, audit trail on), and the response's bytes come out. Everything the
 * load benchmark's scenarios cost the server but the socket system calls and the machine's noise:
 * the figure to compare builds by. Run from the repository's root (it reads {@code
 * benchmarks/load/bootstrap.json}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
// C2 takes seconds to settle on a path this long.
@Warmup(iterations = 12, time = 1)
@Measurement(iterations = 8, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {
      "-XX:+UseParallelGC",
      "-XX:-UseAdaptiveSizePolicy",
      "-Xmx128m",
      "-Dio.netty.allocator.type=pooled"
    })
public class ServedRequestBenchmark {

  private static final String ACCESS_KEY = "AKIALOADDEPLOYER0001";
  private static final String SECRET = "load-deployer-secret-000000000000000000000";
  private static final String ROLE_ARN = "arn:aws:iam::123456789012:role/service/app";
  private static final URI ENDPOINT = URI.create("http://127.0.0.1:8080/");
  private static final String GET_CALLER_IDENTITY = "Action=GetCallerIdentity&Version=2011-06-15";
  private static final String ASSUME_ROLE =
      "Action=AssumeRole&Version=2011-06-15&RoleArn="
          + URLEncoder.encode(ROLE_ARN, StandardCharsets.UTF_8)
          + "&RoleSessionName=load-bench&DurationSeconds=3600";

  /** The load benchmark's scenarios (a), (b) and (c). */
  @Param({"gci-long", "assume-role", "gci-temp"})
  public String scenario;

  private Path workdir;
  private ApplicationContext context;
  private EmbeddedChannel connection;
  private ByteBuf request;

  @Setup(Level.Trial)
  public void start() throws IOException {
    workdir = Files.createTempDirectory("served-request-");
    context =
        ApplicationContext.builder()
            .properties(
                Map.of(
                    "sts.bootstrap",
                        Path.of("benchmarks/load/bootstrap.json").toAbsolutePath().toString(),
                    "sts.audit.log", workdir.resolve("audit.jsonl").toString(),
                    "sts.limits.rate-per-key", 0,
                    "sts.limits.max-concurrent-requests", 0,
                    "grpc.server.port", freePort()))
            .start();
    // From loopback, as the role's trust policy asks.
    connection =
        new EmbeddedChannel(
            new HttpServerCodec(),
            new QueryFastLane(context.getBean(QueryRequests.class), 1 << 20)) {
          @Override
          protected SocketAddress remoteAddress0() {
            return new InetSocketAddress("127.0.0.1", 40000);
          }
        };
    AwsCredentialsIdentity longTerm = AwsBasicCredentials.create(ACCESS_KEY, SECRET);
    request =
        switch (scenario) {
          case "gci-long" -> signed(longTerm, GET_CALLER_IDENTITY);
          case "assume-role" -> signed(longTerm, ASSUME_ROLE);
          case "gci-temp" -> signed(sessionOf(longTerm), GET_CALLER_IDENTITY);
          default -> throw new IllegalArgumentException(scenario);
        };
    String answer = exchange(request);
    if (!answer.startsWith("HTTP/1.1 200 ")) {
      stop();
      throw new IllegalStateException(scenario + " answered " + answer);
    }
  }

  @TearDown(Level.Trial)
  public void stop() throws IOException {
    request.release();
    connection.finishAndReleaseAll();
    context.close();
    try (var files = Files.list(workdir)) {
      for (Path file : files.toList()) {
        Files.delete(file);
      }
    }
    Files.delete(workdir);
  }

  @Benchmark
  public int serve() {
    connection.writeInbound(request.retainedDuplicate());
    int bytes = 0;
    for (Object out; (out = connection.readOutbound()) != null; ) {
      bytes += ((ByteBuf) out).readableBytes();
      ReferenceCountUtil.release(out);
    }
    return bytes;
  }

  /** The role session whose credentials scenario (c) signs with. */
  private AwsCredentialsIdentity sessionOf(AwsCredentialsIdentity longTerm) {
    ByteBuf assumeRole = signed(longTerm, ASSUME_ROLE);
    String answer = exchange(assumeRole);
    assumeRole.release();
    return AwsSessionCredentials.create(
        element(answer, "AccessKeyId"),
        element(answer, "SecretAccessKey"),
        element(answer, "SessionToken"));
  }

  private String exchange(ByteBuf bytes) {
    connection.writeInbound(bytes.retainedDuplicate());
    StringBuilder answer = new StringBuilder();
    for (Object out; (out = connection.readOutbound()) != null; ) {
      answer.append(((ByteBuf) out).toString(StandardCharsets.UTF_8));
      ReferenceCountUtil.release(out);
    }
    return answer.toString();
  }

  /** The request as a client sends it: request line, the SDK's signed headers, the form body. */
  private static ByteBuf signed(AwsCredentialsIdentity credentials, String form) {
    byte[] body = form.getBytes(StandardCharsets.UTF_8);
    SdkHttpRequest signed =
        PresignRequests.sign(
            SdkHttpRequest.builder()
                .method(SdkHttpMethod.POST)
                .uri(ENDPOINT)
                .putHeader("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .build(),
            credentials,
            body);
    StringBuilder head = new StringBuilder("POST / HTTP/1.1\r\n");
    signed.forEachHeader(
        (name, values) ->
            values.forEach(v -> head.append(name).append(": ").append(v).append("\r\n")));
    head.append("Content-Length: ").append(body.length).append("\r\n\r\n").append(form);
    return Unpooled.copiedBuffer(head, StandardCharsets.UTF_8).asReadOnly();
  }

  private static String element(String xml, String name) {
    Matcher matcher = Pattern.compile("<" + name + ">([^<]*)</" + name + ">").matcher(xml);
    if (!matcher.find()) {
      throw new IllegalStateException("no " + name + " in " + xml);
    }
    return matcher.group(1);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
