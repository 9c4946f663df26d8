package org.opensts.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.protobuf.ByteString;
import com.google.rpc.ErrorInfo;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opensts.adapter.grpc.v1.AssumeRoleRequest;
import org.opensts.adapter.grpc.v1.AssumeRoleResponse;
import org.opensts.adapter.grpc.v1.AuthorizeRequest;
import org.opensts.adapter.grpc.v1.AuthorizeResponse;
import org.opensts.adapter.grpc.v1.ClientOrigin;
import org.opensts.adapter.grpc.v1.DecodeAuthorizationMessageRequest;
import org.opensts.adapter.grpc.v1.GetCallerIdentityRequest;
import org.opensts.adapter.grpc.v1.GetCallerIdentityResponse;
import org.opensts.adapter.grpc.v1.Header;
import org.opensts.adapter.grpc.v1.RequestAuthorizationServiceGrpc;
import org.opensts.adapter.grpc.v1.SecurityTokenServiceGrpc;
import org.opensts.adapter.grpc.v1.VerifyRequestRequest;
import org.opensts.adapter.grpc.v1.VerifyRequestResponse;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.services.sts.model.Credentials;
import software.amazon.awssdk.services.sts.model.StsException;

/**
 * The gRPC API on the server's real port, called by a grpc-java client that signs with the
 * adapter's SigV4 interceptor: the same answers as over HTTP, AWS's errors as gRPC statuses with
 * {@code ErrorInfo}, and an internal service verifying and authorizing its own clients' requests.
 */
class GrpcSystemTest extends SystemTest {

  private static final String DELEGATED = "arn:aws:iam::111111111111:role/app/delegated";

  private static ManagedChannel channel;

  @BeforeAll
  static void connect() {
    channel =
        ManagedChannelBuilder.forAddress("127.0.0.1", server.grpcPort()).usePlaintext().build();
  }

  @AfterAll
  static void disconnect() throws InterruptedException {
    channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
  }

  private static SecurityTokenServiceGrpc.SecurityTokenServiceBlockingStub sts(
      AwsCredentials credentials) {
    return SecurityTokenServiceGrpc.newBlockingStub(channel)
        .withInterceptors(GrpcSigners.of(credentials))
        .withDeadlineAfter(10, TimeUnit.SECONDS);
  }

  private static RequestAuthorizationServiceGrpc.RequestAuthorizationServiceBlockingStub requests(
      AwsCredentials credentials) {
    return RequestAuthorizationServiceGrpc.newBlockingStub(channel)
        .withInterceptors(GrpcSigners.of(credentials))
        .withDeadlineAfter(10, TimeUnit.SECONDS);
  }

  /** The AWS error code a gRPC failure carries in its ErrorInfo. */
  private static String awsCode(StatusRuntimeException error) {
    return StatusProto.fromThrowable(error).getDetailsList().stream()
        .filter(any -> any.is(ErrorInfo.class))
        .map(
            any -> {
              try {
                return any.unpack(ErrorInfo.class).getReason();
              } catch (com.google.protobuf.InvalidProtocolBufferException e) {
                throw new IllegalStateException(e);
              }
            })
        .findFirst()
        .orElseThrow();
  }

  @Test
  void givenSignedCall_getCallerIdentity_answersAsOverHttp() {
    GetCallerIdentityResponse grpc =
        sts(TestAccounts.ALICE).getCallerIdentity(GetCallerIdentityRequest.getDefaultInstance());
    var http = server.sts(TestAccounts.ALICE).getCallerIdentity();

    assertEquals(http.arn(), grpc.getArn());
    assertEquals(http.userId(), grpc.getUserId());
    assertEquals(http.account(), grpc.getAccount());
  }

  @Test
  void givenRoleCredentialsFromGrpc_getCallerIdentity_seesTheRoleSession() {
    AssumeRoleResponse assumed =
        sts(TestAccounts.ALICE)
            .assumeRole(
                AssumeRoleRequest.newBuilder()
                    .setRoleArn(DELEGATED)
                    .setRoleSessionName("grpc-1")
                    .build());
    AwsSessionCredentials session =
        AwsSessionCredentials.create(
            assumed.getCredentials().getAccessKeyId(),
            assumed.getCredentials().getSecretAccessKey(),
            assumed.getCredentials().getSessionToken());

    GetCallerIdentityResponse identity =
        sts(session).getCallerIdentity(GetCallerIdentityRequest.getDefaultInstance());

    assertEquals("arn:aws:sts::111111111111:assumed-role/delegated/grpc-1", identity.getArn());
    assertEquals(assumed.getAssumedRoleUser().getArn(), identity.getArn());
  }

  static Stream<Arguments> sameScenarioBothWays() {
    return Stream.of(
        Arguments.of(
            "a user without permission",
            TestAccounts.BOB,
            DELEGATED,
            "s1",
            Status.Code.PERMISSION_DENIED),
        Arguments.of(
            "a session name with a forbidden character",
            TestAccounts.ALICE,
            DELEGATED,
            "bad:name",
            Status.Code.INVALID_ARGUMENT),
        Arguments.of(
            "a malformed role ARN",
            TestAccounts.ALICE,
            "nothing-valid-in-here",
            "s1",
            Status.Code.INVALID_ARGUMENT));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sameScenarioBothWays")
  void givenTheSameFailingAssumeRole_httpAndGrpc_answerTheSameAwsError(
      String why,
      AwsBasicCredentials caller,
      String roleArn,
      String sessionName,
      Status.Code grpcStatus) {
    StsException http =
        assertThrows(
            StsException.class,
            () ->
                server
                    .sts(caller)
                    .assumeRole(r -> r.roleArn(roleArn).roleSessionName(sessionName)));
    StatusRuntimeException grpc =
        assertThrows(
            StatusRuntimeException.class,
            () ->
                sts(caller)
                    .assumeRole(
                        AssumeRoleRequest.newBuilder()
                            .setRoleArn(roleArn)
                            .setRoleSessionName(sessionName)
                            .build()));

    assertEquals(grpcStatus, grpc.getStatus().getCode());
    assertEquals(http.awsErrorDetails().errorCode(), awsCode(grpc));
    assertEquals(http.awsErrorDetails().errorMessage(), grpc.getStatus().getDescription());
  }

  /** One failing call of each other operation, answered over HTTP and over gRPC. */
  static Stream<Arguments> otherOperationsFailingBothWays() {
    return Stream.<Arguments>of(
        Arguments.of(
            "GetAccessKeyInfo with an id too short",
            (Runnable)
                () -> server.sts(TestAccounts.ALICE).getAccessKeyInfo(r -> r.accessKeyId("AKIA")),
            (Runnable)
                () ->
                    sts(TestAccounts.ALICE)
                        .getAccessKeyInfo(
                            org.opensts.adapter.grpc.v1.GetAccessKeyInfoRequest.newBuilder()
                                .setAccessKeyId("AKIA")
                                .build())),
        Arguments.of(
            "GetFederationToken by a user without permission",
            (Runnable) () -> server.sts(TestAccounts.BOB).getFederationToken(r -> r.name("fed")),
            (Runnable)
                () ->
                    sts(TestAccounts.BOB)
                        .getFederationToken(
                            org.opensts.adapter.grpc.v1.GetFederationTokenRequest.newBuilder()
                                .setName("fed")
                                .build())),
        Arguments.of(
            "GetSessionToken with a duration too long",
            (Runnable)
                () ->
                    server.sts(TestAccounts.ALICE).getSessionToken(r -> r.durationSeconds(129601)),
            (Runnable)
                () ->
                    sts(TestAccounts.ALICE)
                        .getSessionToken(
                            org.opensts.adapter.grpc.v1.GetSessionTokenRequest.newBuilder()
                                .setDurationSeconds(129601)
                                .build())),
        Arguments.of(
            "DecodeAuthorizationMessage of garbage",
            (Runnable)
                () ->
                    server
                        .sts(TestAccounts.ALPHA_ROOT)
                        .decodeAuthorizationMessage(r -> r.encodedMessage("garbage")),
            (Runnable)
                () ->
                    sts(TestAccounts.ALPHA_ROOT)
                        .decodeAuthorizationMessage(
                            DecodeAuthorizationMessageRequest.newBuilder()
                                .setEncodedMessage("garbage")
                                .build())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("otherOperationsFailingBothWays")
  void givenTheSameFailingCall_httpAndGrpc_answerTheSameAwsCodeAndMessage(
      String why, Runnable overHttp, Runnable overGrpc) {
    StsException http = assertThrows(StsException.class, overHttp::run);
    StatusRuntimeException grpc = assertThrows(StatusRuntimeException.class, overGrpc::run);

    assertEquals(http.awsErrorDetails().errorCode(), awsCode(grpc));
    assertEquals(http.awsErrorDetails().errorMessage(), grpc.getStatus().getDescription());
  }

  @Test
  void givenUnsignedCall_anyMethod_isUnauthenticatedWithMissingAuthenticationToken() {
    StatusRuntimeException error =
        assertThrows(
            StatusRuntimeException.class,
            () ->
                SecurityTokenServiceGrpc.newBlockingStub(channel)
                    .withDeadlineAfter(10, TimeUnit.SECONDS)
                    .getCallerIdentity(GetCallerIdentityRequest.getDefaultInstance()));

    assertEquals(Status.Code.UNAUTHENTICATED, error.getStatus().getCode());
    assertEquals("MissingAuthenticationToken", awsCode(error));
  }

  @Test
  void givenUnknownKey_anyMethod_isUnauthenticatedWithInvalidClientTokenId() {
    AwsBasicCredentials unknown =
        AwsBasicCredentials.create(
            "AKIAALPHAUNKNOWN0001", "not-a-secret-of-ours-000000000000000000");

    StatusRuntimeException error =
        assertThrows(
            StatusRuntimeException.class,
            () -> sts(unknown).getCallerIdentity(GetCallerIdentityRequest.getDefaultInstance()));

    assertEquals(Status.Code.UNAUTHENTICATED, error.getStatus().getCode());
    assertEquals("InvalidClientTokenId", awsCode(error));
  }

  /**
   * An internal service's whole flow: its client gets role credentials over HTTP with the AWS SDK
   * and signs a request to the service (service name "toy"); the service, which holds no secret of
   * ours, asks VerifyRequest who signed and Authorize whether that caller may act, over gRPC with
   * its own key; the denial's message opens with DecodeAuthorizationMessage.
   */
  @Test
  void givenClientRequestToAnInternalService_verifyAndAuthorize_tellWhoAndWhether() {
    Credentials role =
        server
            .sts(TestAccounts.ALICE)
            .assumeRole(r -> r.roleArn(DELEGATED).roleSessionName("toy-client"))
            .credentials();
    AwsSessionCredentials client =
        AwsSessionCredentials.create(
            role.accessKeyId(), role.secretAccessKey(), role.sessionToken());
    VerifyRequestRequest clientRequest = signedToyRequest(client, "Action=Read&Thing=1");

    VerifyRequestResponse verified = requests(TestAccounts.BOB).verifyRequest(clientRequest);
    AuthorizeResponse decision =
        requests(TestAccounts.BOB)
            .authorize(
                AuthorizeRequest.newBuilder()
                    .setRequest(clientRequest)
                    .setAction("toy:Read")
                    .setResource("arn:aws:toy:us-east-1:111111111111:thing/1")
                    .build());

    assertTrue(verified.hasCaller(), verified.toString());
    assertEquals(
        "arn:aws:sts::111111111111:assumed-role/delegated/toy-client",
        verified.getCaller().getArn());
    assertEquals("111111111111", verified.getCaller().getAccount());
    assertFalse(decision.getAllowed());
    assertFalse(decision.getExplicitDeny());
    String decoded =
        sts(TestAccounts.ALPHA_ROOT)
            .decodeAuthorizationMessage(
                DecodeAuthorizationMessageRequest.newBuilder()
                    .setEncodedMessage(decision.getEncodedMessage())
                    .build())
            .getDecodedMessage();
    JsonNode message = readJson(decoded);
    assertFalse(message.get("allowed").asBoolean());
    assertEquals("toy:Read", message.get("context").get("action").asText());
    assertEquals(
        "arn:aws:sts::111111111111:assumed-role/delegated/toy-client",
        message.get("context").get("principal").get("arn").asText());
  }

  @Test
  void givenTamperedClientRequest_verifyRequest_answersTheErrorTheServiceShouldGive() {
    VerifyRequestRequest signed = signedToyRequest(TestAccounts.ALICE, "Action=Read&Thing=1");
    VerifyRequestRequest tampered =
        signed.toBuilder()
            .setPayload(ByteString.copyFrom("Action=Read&Thing=2", StandardCharsets.UTF_8))
            .build();

    VerifyRequestResponse answer = requests(TestAccounts.BOB).verifyRequest(tampered);

    assertTrue(answer.hasRejection(), answer.toString());
    assertEquals("SignatureDoesNotMatch", answer.getRejection().getCode());
  }

  /** A POST to the toy service, signed by the AWS SDK's own signer for service "toy". */
  private static VerifyRequestRequest signedToyRequest(AwsCredentials client, String form) {
    byte[] body = form.getBytes(StandardCharsets.UTF_8);
    SdkHttpRequest request =
        SdkHttpRequest.builder()
            .method(SdkHttpMethod.POST)
            .uri(java.net.URI.create("http://toy.internal:8443/"))
            .putHeader("content-type", "application/x-www-form-urlencoded")
            .build();
    SdkHttpRequest signed =
        AwsV4HttpSigner.create()
            .sign(
                r ->
                    r.request(request)
                        .identity(client)
                        .payload(
                            software.amazon.awssdk.http.ContentStreamProvider.fromByteArray(body))
                        .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "toy")
                        .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1"))
            .request();
    VerifyRequestRequest.Builder verify =
        VerifyRequestRequest.newBuilder()
            .setMethod("POST")
            .setPath("/")
            .setQuery("")
            .setPayload(ByteString.copyFrom(body))
            .setService("toy")
            .setClientOrigin(ClientOrigin.newBuilder().setSourceIp("10.0.0.7").build());
    signed.forEachHeader(
        (name, values) ->
            verify.addHeaders(Header.newBuilder().setName(name).addAllValues(List.copyOf(values))));
    return verify.build();
  }

  private static JsonNode readJson(String json) {
    try {
      return new ObjectMapper().readTree(json);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
