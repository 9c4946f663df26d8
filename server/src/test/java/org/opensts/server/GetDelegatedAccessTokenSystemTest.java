package org.opensts.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.opensts.server.IamErrors.assertIamError;
import static org.opensts.server.StsErrors.assertStsError;

import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opensts.adapter.grpc.v1.CreateTradeInTokenRequest;
import org.opensts.adapter.grpc.v1.CreateTradeInTokenResponse;
import org.opensts.adapter.grpc.v1.DelegationServiceGrpc;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.sts.model.Credentials;
import software.amazon.awssdk.services.sts.model.ExpiredTradeInTokenException;
import software.amazon.awssdk.services.sts.model.GetDelegatedAccessTokenResponse;

/**
 * Temporary delegation end to end: a customer identity grants a partner account a trade-in token
 * over gRPC ({@code sts.v1.DelegationService}), and a principal of the partner account trades it in
 * with the AWS SDK's GetDelegatedAccessToken for credentials of the customer identity, limited to
 * what both its own policies and the granted policy allow.
 */
class GetDelegatedAccessTokenSystemTest {

  private static final String PARTNER_ACCOUNT = "222222222222";
  private static final String CUSTOMER_ARN = "arn:aws:iam::111111111111:user/customer";
  private static final String OPERATOR_ARN = "arn:aws:iam::111111111111:role/operator";
  private static final String LIST_USERS_ONLY =
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
          + "\"Action\":\"iam:ListUsers\",\"Resource\":\"*\"}]}";

  private static final AwsBasicCredentials CUSTOMER =
      AwsBasicCredentials.create(
          "AKIADELEGCUSTOMER001", "delegation-customer-secret-0000000000000");
  private static final AwsBasicCredentials BYSTANDER =
      AwsBasicCredentials.create(
          "AKIADELEGBYSTANDER01", "delegation-bystander-secret-000000000000");
  private static final AwsBasicCredentials PARTNER =
      AwsBasicCredentials.create(
          "AKIADELEGPARTNER0001", "delegation-partner-secret-00000000000000");
  private static final AwsBasicCredentials STRANGER =
      AwsBasicCredentials.create(
          "AKIADELEGSTRANGER001", "delegation-stranger-secret-0000000000000");

  private static TestServer server;
  private static ManagedChannel channel;

  @BeforeAll
  static void start() {
    server = TestServer.start("delegation-bootstrap.json");
    channel =
        ManagedChannelBuilder.forAddress("127.0.0.1", server.grpcPort()).usePlaintext().build();
  }

  @AfterAll
  static void stop() throws InterruptedException {
    channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    server.close();
  }

  @AfterEach
  void resetClock() {
    server.clock.reset();
  }

  @Test
  void givenARoleSessionsGrant_partner_getsTheRolesPermissionsWithinTheGrant() {
    Credentials operator =
        server
            .sts(CUSTOMER)
            .assumeRole(r -> r.roleArn(OPERATOR_ARN).roleSessionName("console"))
            .credentials();
    String token = grant(session(operator), LIST_USERS_ONLY).getTradeInToken();

    GetDelegatedAccessTokenResponse delegated =
        server.sts(PARTNER).getDelegatedAccessToken(r -> r.tradeInToken(token));

    assertEquals(OPERATOR_ARN, delegated.assumedPrincipal());
    assertEquals(null, delegated.packedPolicySize());
    AwsSessionCredentials credentials = session(delegated.credentials());
    assertEquals(
        "arn:aws:sts::111111111111:assumed-role/operator/console",
        server.sts(credentials).getCallerIdentity().arn());
    IamClient iam = IamClients.iam(server, credentials);
    assertFalse(iam.listUsers().users().isEmpty());
    // The role may create users, but the grant does not let the partner.
    assertIamError(403, "AccessDenied", () -> iam.createUser(r -> r.userName("intruder")));
  }

  @Test
  void givenAUsersGrant_partner_actsAsThatUser() {
    CreateTradeInTokenResponse granted = grant(CUSTOMER, LIST_USERS_ONLY);

    GetDelegatedAccessTokenResponse delegated =
        server.sts(PARTNER).getDelegatedAccessToken(r -> r.tradeInToken(granted.getTradeInToken()));

    assertEquals(CUSTOMER_ARN, granted.getAssumedPrincipal());
    assertEquals(CUSTOMER_ARN, delegated.assumedPrincipal());
    assertEquals(
        CUSTOMER_ARN, server.sts(session(delegated.credentials())).getCallerIdentity().arn());
  }

  @Test
  void givenAnIdentityWithoutSendDelegationToken_createTradeInToken_isDenied() {
    StatusRuntimeException error =
        assertThrows(StatusRuntimeException.class, () -> grant(BYSTANDER, LIST_USERS_ONLY));

    assertEquals(Status.Code.PERMISSION_DENIED, error.getStatus().getCode());
  }

  @Test
  void givenAMalformedPolicy_createTradeInToken_failsWithInvalidArgument() {
    StatusRuntimeException error =
        assertThrows(StatusRuntimeException.class, () -> grant(CUSTOMER, "{not json"));

    assertEquals(Status.Code.INVALID_ARGUMENT, error.getStatus().getCode());
  }

  @Test
  void givenAnExpiredToken_getDelegatedAccessToken_failsWithExpiredTradeInTokenException() {
    // Made eight minutes in the past and traded in eight minutes in the future: sixteen minutes
    // after, one past the token's fifteen, while neither request is too skewed to be signed.
    server.clock.advance(Duration.ofMinutes(-8));
    String token = grant(CUSTOMER, LIST_USERS_ONLY).getTradeInToken();
    server.clock.reset();
    server.clock.advance(Duration.ofMinutes(8));

    ExpiredTradeInTokenException error =
        assertThrows(
            ExpiredTradeInTokenException.class,
            () -> server.sts(PARTNER).getDelegatedAccessToken(r -> r.tradeInToken(token)));

    assertEquals(400, error.statusCode());
    assertEquals("ExpiredTradeInTokenException", error.awsErrorDetails().errorCode());
    assertEquals("The trade-in token has expired.", error.awsErrorDetails().errorMessage());
  }

  @Test
  void givenAPrincipalOfAnotherAccount_getDelegatedAccessToken_failsWithAccessDenied() {
    String token = grant(CUSTOMER, LIST_USERS_ONLY).getTradeInToken();

    assertStsError(
        403,
        "AccessDenied",
        "The trade-in token was not issued to account 333333333333",
        () -> server.sts(STRANGER).getDelegatedAccessToken(r -> r.tradeInToken(token)));
  }

  @Test
  void givenATokenThisServerDidNotMake_getDelegatedAccessToken_failsWithInvalidParameterValue() {
    assertStsError(
        400,
        "InvalidParameterValue",
        "The trade-in token is invalid.",
        () -> server.sts(PARTNER).getDelegatedAccessToken(r -> r.tradeInToken("garbage")));
  }

  @Test
  void givenACallerWithoutThePermission_getDelegatedAccessToken_failsWithAccessDenied() {
    String token = grant(CUSTOMER, LIST_USERS_ONLY).getTradeInToken();

    assertStsError(
        403,
        "AccessDenied",
        () -> server.sts(BYSTANDER).getDelegatedAccessToken(r -> r.tradeInToken(token)));
  }

  private static CreateTradeInTokenResponse grant(AwsCredentials credentials, String policy) {
    return DelegationServiceGrpc.newBlockingStub(channel)
        .withInterceptors(GrpcSigners.of(credentials))
        .withDeadlineAfter(10, TimeUnit.SECONDS)
        .createTradeInToken(
            CreateTradeInTokenRequest.newBuilder()
                .setPartnerAccountId(PARTNER_ACCOUNT)
                .setPolicy(policy)
                .setSessionDurationSeconds(900)
                .build());
  }

  private static AwsSessionCredentials session(Credentials credentials) {
    return AwsSessionCredentials.create(
        credentials.accessKeyId(), credentials.secretAccessKey(), credentials.sessionToken());
  }
}
