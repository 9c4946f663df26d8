package org.opensts.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.rpc.ErrorInfo;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opensts.adapter.grpc.v1.AssumeRoleWithSAMLRequest;
import org.opensts.adapter.grpc.v1.AssumeRoleWithWebIdentityRequest;
import org.opensts.adapter.grpc.v1.SecurityTokenServiceGrpc;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.StsException;

/**
 * The unsigned federation calls over gRPC on the server's real port, without any signature, against
 * the same calls made anonymously over HTTP with the AWS SDK: the same AWS error either way.
 */
class GrpcFederationSystemTest extends SystemTest {

  private static final String ROLE = "arn:aws:iam::111111111111:role/app/delegated";

  private static ManagedChannel channel;
  private static StsClient anonymous;

  @BeforeAll
  static void connect() {
    channel =
        ManagedChannelBuilder.forAddress("127.0.0.1", server.grpcPort()).usePlaintext().build();
    anonymous = server.sts(AnonymousCredentialsProvider.create());
  }

  @AfterAll
  static void disconnect() throws InterruptedException {
    anonymous.close();
    channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
  }

  private static SecurityTokenServiceGrpc.SecurityTokenServiceBlockingStub unsignedSts() {
    return SecurityTokenServiceGrpc.newBlockingStub(channel)
        .withDeadlineAfter(10, TimeUnit.SECONDS);
  }

  @Test
  void givenATokenThatIsNoJwt_assumeRoleWithWebIdentity_failsAsOverHttpWithInvalidIdentityToken() {
    String token = "this-is-not-a-jwt";
    StsException http =
        assertThrows(
            StsException.class,
            () ->
                anonymous.assumeRoleWithWebIdentity(
                    r -> r.roleArn(ROLE).roleSessionName("web-1").webIdentityToken(token)));
    StatusRuntimeException grpc =
        assertThrows(
            StatusRuntimeException.class,
            () ->
                unsignedSts()
                    .assumeRoleWithWebIdentity(
                        AssumeRoleWithWebIdentityRequest.newBuilder()
                            .setRoleArn(ROLE)
                            .setRoleSessionName("web-1")
                            .setWebIdentityToken(token)
                            .build()));

    assertEquals(400, http.statusCode());
    assertEquals("InvalidIdentityToken", http.awsErrorDetails().errorCode());
    assertEquals(Status.Code.UNAUTHENTICATED, grpc.getStatus().getCode());
    assertEquals(http.awsErrorDetails().errorCode(), errorInfo(grpc).getReason());
    assertEquals(http.awsErrorDetails().errorMessage(), grpc.getStatus().getDescription());
  }

  @Test
  void givenAMalformedPrincipalArn_assumeRoleWithSaml_failsAsOverHttpWithValidationError() {
    String assertion = "PHNhbWxwOlJlc3BvbnNlLz4=";
    String principal = "arn:aws:iam::111111111111:role/not-a-provider";
    StsException http =
        assertThrows(
            StsException.class,
            () ->
                anonymous.assumeRoleWithSAML(
                    r -> r.roleArn(ROLE).principalArn(principal).samlAssertion(assertion)));
    StatusRuntimeException grpc =
        assertThrows(
            StatusRuntimeException.class,
            () ->
                unsignedSts()
                    .assumeRoleWithSAML(
                        AssumeRoleWithSAMLRequest.newBuilder()
                            .setRoleArn(ROLE)
                            .setPrincipalArn(principal)
                            .setSamlAssertion(assertion)
                            .build()));

    assertEquals("ValidationError", http.awsErrorDetails().errorCode());
    assertEquals(Status.Code.INVALID_ARGUMENT, grpc.getStatus().getCode());
    assertEquals(http.awsErrorDetails().errorCode(), errorInfo(grpc).getReason());
    assertEquals(http.awsErrorDetails().errorMessage(), grpc.getStatus().getDescription());
  }

  private static ErrorInfo errorInfo(StatusRuntimeException error) {
    try {
      return StatusProto.fromThrowable(error).getDetails(0).unpack(ErrorInfo.class);
    } catch (com.google.protobuf.InvalidProtocolBufferException e) {
      throw new AssertionError(e);
    }
  }
}
