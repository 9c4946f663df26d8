package org.opensts.server;

import io.micronaut.context.ApplicationContext;
import io.micronaut.grpc.server.GrpcEmbeddedServer;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * The real server on a random loopback port, seeded from {@code test-bootstrap.json}, with a clock
 * the test controls; and AWS SDK clients pointed at it.
 */
final class TestServer implements AutoCloseable {

  final MutableClock clock = new MutableClock();
  private final ApplicationContext context;
  private final EmbeddedServer server;

  private TestServer(Map<String, Object> properties) {
    Map<String, Object> withGrpcPort = new HashMap<>(properties);
    withGrpcPort.putIfAbsent("grpc.server.port", freePort());
    // Tests' audit events go to a temporary file, not into the working tree.
    withGrpcPort.putIfAbsent("sts.audit.log", temporaryAuditLog());
    this.context =
        ApplicationContext.builder()
            .properties(withGrpcPort)
            .environments(StsServer.environments(String.valueOf(properties.get("sts.store"))))
            .singletons(clock)
            .start();
    this.server = context.getBean(EmbeddedServer.class).start();
  }

  static TestServer start() {
    return start("test-bootstrap.json");
  }

  /** The server seeded from the named bootstrap file among the test resources. */
  static TestServer start(String bootstrapResource) {
    return start(bootstrapResource, Map.of());
  }

  /** The same, with more settings (such as {@code sts.store}) on top of the test defaults. */
  static TestServer start(String bootstrapResource, Map<String, Object> settings) {
    Map<String, Object> properties = new HashMap<>(settings);
    properties.put("micronaut.server.port", -1);
    properties.put("micronaut.server.host", "127.0.0.1");
    properties.put("sts.bootstrap", copyResource(bootstrapResource).toString());
    return new TestServer(properties);
  }

  static TestServer start(Map<String, Object> properties) {
    return new TestServer(properties);
  }

  /** A free loopback port for the gRPC server, which cannot be asked for an ephemeral one. */
  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String temporaryAuditLog() {
    try {
      Path file = Files.createTempFile("sts-audit-", ".jsonl");
      file.toFile().deleteOnExit();
      return file.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  int grpcPort() {
    return context.getBean(GrpcEmbeddedServer.class).getPort();
  }

  URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getPort());
  }

  StsClient sts(AwsCredentials credentials) {
    return sts(StaticCredentialsProvider.create(credentials));
  }

  StsClient sts(AwsCredentials credentials, Region region) {
    return sts(StaticCredentialsProvider.create(credentials), region);
  }

  StsClient sts(AwsCredentialsProvider credentials) {
    return sts(credentials, Region.US_EAST_1);
  }

  /** No retries: a test must see the first answer, and a retried error would only slow it. */
  StsClient sts(AwsCredentialsProvider credentials, Region region) {
    return StsClient.builder()
        .endpointOverride(endpoint())
        .region(region)
        .credentialsProvider(credentials)
        .httpClient(UrlConnectionHttpClient.create())
        .overrideConfiguration(o -> o.retryStrategy(b -> b.maxAttempts(1)))
        .build();
  }

  <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  static Path copyResource(String name) {
    try (InputStream in = TestServer.class.getResourceAsStream("/" + name)) {
      Path file = Files.createTempFile("sts-", "-" + name);
      Files.write(file, in.readAllBytes());
      file.toFile().deleteOnExit();
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    context.close();
  }
}
