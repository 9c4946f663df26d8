package org.opensts.server;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Metadata;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.MetadataUtils;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensts.adapter.grpc.v1.AssumeRoleRequest;
import org.opensts.adapter.grpc.v1.SecurityTokenServiceGrpc;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.CreateAccessKeyResponse;
import software.amazon.awssdk.services.sts.model.AssumeRoleResponse;
import software.amazon.awssdk.services.sts.model.StsException;

/**
 * The audit trail as an operator reads it: one CloudTrail-format line per request, HTTP or gRPC,
 * allowed or denied, with the response's request id and no secret anywhere in the file.
 */
class AuditTrailSystemTest {

  private static final Metadata.Key<String> REQUEST_ID =
      Metadata.Key.of("x-amzn-requestid", Metadata.ASCII_STRING_MARSHALLER);

  @TempDir static Path dir;

  private static TestServer server;
  private static Path auditLog;

  @BeforeAll
  static void start() {
    auditLog = dir.resolve("audit.jsonl");
    server = TestServer.start("test-bootstrap.json", Map.of("sts.audit.log", auditLog.toString()));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void givenStsAndIamCalls_auditLog_recordsEachWithItsRequestIdAndNoSecret() throws Exception {
    AssumeRoleResponse assumed =
        server
            .sts(TestAccounts.BOB)
            .assumeRole(r -> r.roleArn(TestAccounts.role("direct")).roleSessionName("audited"));
    StsException denied =
        assertThrows(
            StsException.class,
            () ->
                server
                    .sts(TestAccounts.BOB)
                    .assumeRole(
                        r ->
                            r.roleArn("arn:aws:iam::111111111111:role/app/delegated")
                                .roleSessionName("denied")));
    IamClient iam = IamClients.iam(server, TestAccounts.ALPHA_ROOT);
    iam.createUser(r -> r.userName("audit-user"));
    CreateAccessKeyResponse key = iam.createAccessKey(r -> r.userName("audit-user"));

    JsonNode success = awaitEvent(assumed.responseMetadata().requestId());
    JsonNode denial = awaitEvent(denied.requestId());
    JsonNode created = awaitEvent(key.responseMetadata().requestId());

    assertAll(
        () -> assertEquals("1.08", success.get("eventVersion").asText()),
        () -> assertEquals("sts.amazonaws.com", success.get("eventSource").asText()),
        () -> assertEquals("AssumeRole", success.get("eventName").asText()),
        () -> assertEquals("IAMUser", success.at("/userIdentity/type").asText()),
        () ->
            assertEquals(
                TestAccounts.BOB.accessKeyId(), success.at("/userIdentity/accessKeyId").asText()),
        () ->
            assertEquals(
                TestAccounts.role("direct"), success.at("/requestParameters/roleArn").asText()),
        () ->
            assertEquals(
                assumed.credentials().accessKeyId(),
                success.at("/responseElements/credentials/accessKeyId").asText()),
        () ->
            assertEquals(
                assumed.assumedRoleUser().arn(),
                success.at("/responseElements/assumedRoleUser/arn").asText()),
        () -> assertTrue(success.hasNonNull("sharedEventID"), "sharedEventID"),
        () -> assertFalse(success.has("errorCode")),
        () -> assertFalse(success.get("readOnly").asBoolean()),
        () -> assertEquals("111111111111", success.get("recipientAccountId").asText()));
    assertAll(
        () -> assertEquals("AssumeRole", denial.get("eventName").asText()),
        () -> assertEquals("AccessDenied", denial.get("errorCode").asText()),
        () -> assertTrue(denial.get("errorMessage").asText().contains("not authorized")),
        () -> assertTrue(denial.get("responseElements").isNull()),
        () -> assertFalse(denial.has("sharedEventID")));
    assertAll(
        () -> assertEquals("iam.amazonaws.com", created.get("eventSource").asText()),
        () -> assertEquals("CreateAccessKey", created.get("eventName").asText()),
        () -> assertEquals("Root", created.at("/userIdentity/type").asText()),
        () -> assertEquals("audit-user", created.at("/requestParameters/userName").asText()),
        () ->
            assertEquals(
                key.accessKey().accessKeyId(),
                created.at("/responseElements/accessKey/accessKeyId").asText()));

    String text = Files.readString(auditLog);
    assertAll(
        () -> assertFalse(text.contains(assumed.credentials().secretAccessKey()), "secret key"),
        () -> assertFalse(text.contains(assumed.credentials().sessionToken()), "session token"),
        () -> assertFalse(text.contains(key.accessKey().secretAccessKey()), "IAM secret key"),
        () -> assertFalse(text.contains(TestAccounts.BOB.secretAccessKey()), "signing secret"),
        () -> assertFalse(text.contains("ecretAccessKey"), "no secret member at all"),
        () -> assertFalse(text.contains("essionToken"), "no token member at all"));
  }

  @Test
  void givenUnknownKey_auditLog_recordsAnUnknownIdentityWithTheClaimedKey() throws Exception {
    var unknown =
        software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create(
            "AKIAUNKNOWNKEY000000", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYUNKNOWNKEY");
    StsException refused =
        assertThrows(StsException.class, () -> server.sts(unknown).getCallerIdentity());

    JsonNode event = awaitEvent(refused.requestId());

    assertAll(
        () -> assertEquals("GetCallerIdentity", event.get("eventName").asText()),
        () -> assertEquals("InvalidClientTokenId", event.get("errorCode").asText()),
        () -> assertEquals("Unknown", event.at("/userIdentity/type").asText()),
        () -> assertEquals("AKIAUNKNOWNKEY000000", event.at("/userIdentity/accessKeyId").asText()),
        () -> assertTrue(event.get("readOnly").asBoolean()));
  }

  @Test
  void givenGrpcCalls_auditLog_recordsEachUnderTheRequestIdTheCallCarries() throws Exception {
    ManagedChannel channel =
        ManagedChannelBuilder.forAddress("127.0.0.1", server.grpcPort()).usePlaintext().build();
    AtomicReference<Metadata> successHeaders = new AtomicReference<>();
    AtomicReference<Metadata> denialTrailers = new AtomicReference<>();
    org.opensts.adapter.grpc.v1.AssumeRoleResponse assumed;
    try {
      assumed =
          grpcAsBob(channel, successHeaders, new AtomicReference<>())
              .assumeRole(
                  AssumeRoleRequest.newBuilder()
                      .setRoleArn(TestAccounts.role("direct"))
                      .setRoleSessionName("grpc-audited")
                      .build());
      assertThrows(
          StatusRuntimeException.class,
          () ->
              grpcAsBob(channel, new AtomicReference<>(), denialTrailers)
                  .assumeRole(
                      AssumeRoleRequest.newBuilder()
                          .setRoleArn("arn:aws:iam::111111111111:role/app/delegated")
                          .setRoleSessionName("grpc-denied")
                          .build()));
    } finally {
      channel.shutdownNow();
    }

    JsonNode success = awaitEvent(successHeaders.get().get(REQUEST_ID));
    JsonNode denial = awaitEvent(denialTrailers.get().get(REQUEST_ID));

    assertAll(
        () -> assertEquals("sts.amazonaws.com", success.get("eventSource").asText()),
        () -> assertEquals("AssumeRole", success.get("eventName").asText()),
        () -> assertEquals("IAMUser", success.at("/userIdentity/type").asText()),
        () ->
            assertEquals(
                TestAccounts.BOB.accessKeyId(), success.at("/userIdentity/accessKeyId").asText()),
        () ->
            assertEquals("grpc-audited", success.at("/requestParameters/roleSessionName").asText()),
        () ->
            assertEquals(
                assumed.getCredentials().getAccessKeyId(),
                success.at("/responseElements/credentials/accessKeyId").asText()),
        () -> assertTrue(success.hasNonNull("sharedEventID"), "sharedEventID"),
        () -> assertFalse(success.has("errorCode")),
        () -> assertEquals("111111111111", success.get("recipientAccountId").asText()));
    assertAll(
        () -> assertEquals("AssumeRole", denial.get("eventName").asText()),
        () -> assertEquals("AccessDenied", denial.get("errorCode").asText()),
        () -> assertTrue(denial.get("errorMessage").asText().contains("not authorized")),
        () -> assertFalse(denial.has("sharedEventID")));
    String text = Files.readString(auditLog);
    assertAll(
        () -> assertFalse(text.contains(assumed.getCredentials().getSecretAccessKey()), "secret"),
        () -> assertFalse(text.contains(assumed.getCredentials().getSessionToken()), "token"));
  }

  private static SecurityTokenServiceGrpc.SecurityTokenServiceBlockingStub grpcAsBob(
      ManagedChannel channel,
      AtomicReference<Metadata> headers,
      AtomicReference<Metadata> trailers) {
    return SecurityTokenServiceGrpc.newBlockingStub(channel)
        .withInterceptors(
            MetadataUtils.newCaptureMetadataInterceptor(headers, trailers),
            GrpcSigners.of(TestAccounts.BOB));
  }

  /** The writer drains its queue on its own thread: poll the file, boundedly. */
  private static JsonNode awaitEvent(String requestId) throws IOException, InterruptedException {
    ObjectMapper json = new ObjectMapper();
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (System.nanoTime() < deadline) {
      if (Files.exists(auditLog)) {
        List<JsonNode> matches = new ArrayList<>();
        for (String line : Files.readAllLines(auditLog)) {
          JsonNode event = json.readTree(line);
          if (requestId.equals(event.path("requestID").asText())) {
            matches.add(event);
          }
        }
        if (!matches.isEmpty()) {
          assertEquals(1, matches.size(), "one event per request");
          return matches.get(0);
        }
      }
      Thread.sleep(50);
    }
    throw new AssertionError("No audit event with requestID " + requestId + " in " + auditLog);
  }
}
