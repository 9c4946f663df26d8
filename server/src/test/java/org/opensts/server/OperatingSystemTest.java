package org.opensts.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opensts.adapter.grpc.v1.GetCallerIdentityRequest;
import org.opensts.adapter.grpc.v1.SecurityTokenServiceGrpc;
import org.slf4j.LoggerFactory;
import org.slf4j.event.KeyValuePair;
import software.amazon.awssdk.services.sts.model.StsException;

/**
 * What operators see: health, Prometheus metrics, the request log, and the per-key rate limit
 * shared by HTTP and gRPC, on a server with a small burst so that throttling shows after a few
 * requests.
 */
class OperatingSystemTest {

  private static final int BURST = 3;

  static TestServer server;

  @BeforeAll
  static void startServer() {
    server =
        TestServer.start(
            "test-bootstrap.json",
            Map.of("sts.limits.rate-per-key", 0.001, "sts.limits.burst-per-key", BURST));
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"/health/liveness", "/health/readiness", "/health"})
  void givenAStartedServer_healthProbe_isUpInJsonWithoutDetails(String path) {
    HttpResponse<String> response = get(path);

    assertEquals(200, response.statusCode());
    assertTrue(
        response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    assertEquals("{\"status\":\"UP\"}", response.body().replace(" ", ""));
  }

  @Test
  void givenACallerIdentityRequest_prometheus_countsItByOperationOutcomeAndErrorCode() {
    server.sts(TestAccounts.BOB).getCallerIdentity();

    HttpResponse<String> scrape = get("/prometheus");

    assertEquals(200, scrape.statusCode());
    assertTrue(scrape.body().contains("sts_requests_seconds_count{"), scrape.body());
    assertTrue(
        scrape
            .body()
            .lines()
            .anyMatch(
                line ->
                    line.startsWith("sts_requests_seconds_count{")
                        && line.contains("operation=\"GetCallerIdentity\"")
                        && line.contains("outcome=\"success\"")
                        && line.contains("error_code=\"None\"")),
        scrape.body());
    assertTrue(scrape.body().contains("sts_requests_seconds_bucket{"));
    assertTrue(scrape.body().contains("jvm_memory_used_bytes"));
  }

  @Test
  void givenAGrpcCall_prometheus_countsItByMethodAndStatus() {
    ManagedChannel channel =
        ManagedChannelBuilder.forAddress("127.0.0.1", server.grpcPort()).usePlaintext().build();
    try {
      assertThrows(
          StatusRuntimeException.class,
          () ->
              SecurityTokenServiceGrpc.newBlockingStub(channel)
                  .getCallerIdentity(GetCallerIdentityRequest.getDefaultInstance()));
    } finally {
      channel.shutdownNow();
    }

    assertTrue(
        get("/prometheus")
            .body()
            .lines()
            .anyMatch(
                line ->
                    line.startsWith("grpc_server_processing_duration_seconds_count{")
                        && line.contains("method=\"GetCallerIdentity\"")
                        && line.contains("statusCode=\"UNAUTHENTICATED\"")));
  }

  @Test
  void givenAnIssuedSession_prometheus_countsItByOperation() {
    server
        .sts(TestAccounts.DAVE)
        .getSessionToken()
        .credentials(); // DAVE's own burst, so that the other tests' keys stay within theirs

    assertTrue(
        get("/prometheus")
            .body()
            .lines()
            .anyMatch(
                line ->
                    line.startsWith("sts_sessions_issued_total{")
                        && line.contains("operation=\"GetSessionToken\"")));
  }

  @Test
  void givenABurstFromOneKey_requestsBeyondIt_areThrottledWhileAnotherKeyIsServed() {
    for (int i = 0; i < BURST; i++) {
      server.sts(TestAccounts.ALPHA_ROOT).getCallerIdentity();
    }

    StsException throttled =
        assertThrows(
            StsException.class, () -> server.sts(TestAccounts.ALPHA_ROOT).getCallerIdentity());

    assertEquals(400, throttled.statusCode());
    assertEquals("Throttling", throttled.awsErrorDetails().errorCode());
    assertEquals("Rate exceeded", throttled.awsErrorDetails().errorMessage());
    assertEquals(TestAccounts.BETA, server.sts(TestAccounts.ERIN).getCallerIdentity().account());
  }

  @Test
  void givenAKeysBurstSpentOverHttp_aGrpcCallWithThatKey_isThrottledToo() {
    for (int i = 0; i < BURST; i++) {
      server.sts(TestAccounts.ALICE).getCallerIdentity();
    }
    ManagedChannel channel =
        ManagedChannelBuilder.forAddress("127.0.0.1", server.grpcPort()).usePlaintext().build();
    StatusRuntimeException throttled;
    try {
      throttled =
          assertThrows(
              StatusRuntimeException.class,
              () ->
                  SecurityTokenServiceGrpc.newBlockingStub(channel)
                      .withInterceptors(GrpcSigners.of(TestAccounts.ALICE))
                      .getCallerIdentity(GetCallerIdentityRequest.getDefaultInstance()));
    } finally {
      channel.shutdownNow();
    }

    assertEquals(Status.Code.RESOURCE_EXHAUSTED, throttled.getStatus().getCode());
    assertEquals("Rate exceeded", throttled.getStatus().getDescription());
  }

  @Test
  void givenARequest_requestLog_carriesTheResponsesRequestIdInTheMdc() {
    Logger requests = (Logger) LoggerFactory.getLogger("org.opensts.requests");
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.start();
    Level level = requests.getLevel();
    requests.setLevel(Level.DEBUG);
    requests.addAppender(appender);
    HttpResponse<String> response;
    try {
      response = get("/?Action=GetCallerIdentity&Version=2011-06-15");
    } finally {
      requests.detachAppender(appender);
      requests.setLevel(level);
    }

    String requestId = response.headers().firstValue("x-amzn-RequestId").orElseThrow();
    ILoggingEvent line =
        appender.list.stream()
            .filter(e -> requestId.equals(e.getMDCPropertyMap().get("requestId")))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no log line for " + requestId));
    Map<String, Object> fields =
        line.getKeyValuePairs().stream()
            .collect(
                java.util.stream.Collectors.toMap(
                    (KeyValuePair kv) -> kv.key, (KeyValuePair kv) -> kv.value));
    assertEquals(Level.DEBUG, line.getLevel());
    assertEquals("GET", fields.get("method"));
    assertEquals("GetCallerIdentity", fields.get("action"));
    assertEquals(403, fields.get("status"));
    assertEquals("MissingAuthenticationToken", fields.get("errorCode"));
    assertEquals(requestId, fields.get("requestId"));
    assertNotNull(fields.get("durationMs"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"/health/liveness", "/prometheus"})
  void givenAManagementPath_get_isNotAnsweredByTheQueryEndpoint(String path) {
    HttpResponse<String> response = get(path);

    assertEquals(200, response.statusCode());
    assertFalse(response.headers().firstValue("x-amzn-RequestId").isPresent());
    assertFalse(response.body().contains("<ErrorResponse"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"/healthz", "/health/unknown", "/metrics", "/env", "/some/path"})
  void givenAnyOtherPath_get_isStillAnAwsXmlAnswer(String path) {
    HttpResponse<String> response = get(path);

    assertEquals("text/xml", response.headers().firstValue("Content-Type").orElse(""));
    assertTrue(response.headers().firstValue("x-amzn-RequestId").isPresent());
    assertTrue(response.body().contains("<ErrorResponse"), response.body());
  }

  @Test
  void givenHeadersOverTheLimit_request_isRequestEntityTooLargeNamingTheHeaderLimit() {
    HttpResponse<String> response =
        SignedHttp.send(
            HttpRequest.newBuilder(URI.create(server.endpoint() + "/?Action=GetCallerIdentity"))
                .header("X-Padding", "a".repeat(20_000))
                .build());

    assertEquals(413, response.statusCode());
    assertTrue(response.body().contains("<Code>RequestEntityTooLarge</Code>"), response.body());
    assertTrue(
        response.body().contains("Request header section exceeds the maximum allowed size"),
        response.body());
  }

  private static HttpResponse<String> get(String path) {
    return SignedHttp.send(HttpRequest.newBuilder(URI.create(server.endpoint() + path)).build());
  }
}
