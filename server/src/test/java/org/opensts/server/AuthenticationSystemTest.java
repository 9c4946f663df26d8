package org.opensts.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opensts.server.StsErrors.assertStsError;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.services.sts.model.Credentials;

/** Every way a request can fail to authenticate, as the SDK sees it. */
class AuthenticationSystemTest extends SystemTest {

  private static final String INVALID_TOKEN =
      "The security token included in the request is invalid";

  @AfterEach
  void resetClock() {
    server.clock.reset();
  }

  @Test
  void givenUnsignedRequest_call_failsWithMissingAuthenticationToken() {
    assertStsError(
        403,
        "MissingAuthenticationToken",
        "Request is missing Authentication Token",
        () -> server.sts(AnonymousCredentialsProvider.create()).getCallerIdentity());
  }

  @Test
  void givenUnknownAccessKey_call_failsWithInvalidClientTokenId() {
    assertStsError(
        403,
        "InvalidClientTokenId",
        INVALID_TOKEN,
        () ->
            server
                .sts(AwsBasicCredentials.create("AKIAUNKNOWNKEY000001", "whatever-secret"))
                .getCallerIdentity());
  }

  @Test
  void givenWrongSecret_call_failsWithSignatureDoesNotMatch() {
    assertStsError(
        403,
        "SignatureDoesNotMatch",
        "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.",
        () ->
            server
                .sts(
                    AwsBasicCredentials.create(
                        TestAccounts.ALICE.accessKeyId(), "not-alices-secret"))
                .getCallerIdentity());
  }

  @Test
  void givenServerClockSixteenMinutesAhead_call_failsWithSignatureExpired() {
    server.clock.advance(Duration.ofMinutes(16));

    var error =
        assertStsError(
            403, "SignatureDoesNotMatch", () -> server.sts(TestAccounts.ALICE).getCallerIdentity());

    assertTrue(
        error.awsErrorDetails().errorMessage().startsWith("Signature expired: "),
        error.getMessage());
  }

  @Test
  void givenSessionPastItsExpiry_call_failsWithExpiredToken() {
    Credentials credentials =
        server.sts(TestAccounts.BOB).getSessionToken(r -> r.durationSeconds(900)).credentials();
    server.clock.advance(Duration.ofSeconds(901));
    // Signed at the server's time, so that only the session's expiry is wrong.
    SignedHttp client =
        new SignedHttp(
                server.endpoint(),
                AwsSessionCredentials.create(
                    credentials.accessKeyId(),
                    credentials.secretAccessKey(),
                    credentials.sessionToken()))
            .signingAt(server.clock);

    var response = client.post("Action=GetCallerIdentity&Version=2011-06-15");

    assertEquals(403, response.statusCode());
    assertTrue(response.body().contains("<Code>ExpiredToken</Code>"), response.body());
    assertTrue(
        response
            .body()
            .contains("<Message>The security token included in the request is expired</Message>"),
        response.body());
  }

  @Test
  void givenTamperedSessionToken_call_failsWithInvalidClientTokenId() {
    Credentials credentials = server.sts(TestAccounts.BOB).getSessionToken().credentials();
    String token = credentials.sessionToken();
    char flipped = token.charAt(40) == 'A' ? 'B' : 'A';
    String tampered = token.substring(0, 40) + flipped + token.substring(41);

    assertStsError(
        403,
        "InvalidClientTokenId",
        INVALID_TOKEN,
        () ->
            session(credentials.accessKeyId(), credentials.secretAccessKey(), tampered)
                .getCallerIdentity());
  }

  @Test
  void givenTruncatedSessionToken_call_failsWithInvalidClientTokenId() {
    Credentials credentials = server.sts(TestAccounts.BOB).getSessionToken().credentials();
    String truncated =
        credentials.sessionToken().substring(0, credentials.sessionToken().length() / 2);

    assertStsError(
        403,
        "InvalidClientTokenId",
        INVALID_TOKEN,
        () ->
            session(credentials.accessKeyId(), credentials.secretAccessKey(), truncated)
                .getCallerIdentity());
  }

  @Test
  void givenTokenFromAnotherServer_call_failsWithInvalidClientTokenId() {
    Credentials foreign;
    try (TestServer other = TestServer.start()) {
      foreign = other.sts(TestAccounts.BOB).getSessionToken().credentials();
    }

    assertStsError(
        403,
        "InvalidClientTokenId",
        INVALID_TOKEN,
        () ->
            session(foreign.accessKeyId(), foreign.secretAccessKey(), foreign.sessionToken())
                .getCallerIdentity());
  }

  @Test
  void givenAccessKeyIdOfAnotherSession_call_failsWithInvalidClientTokenId() {
    Credentials first = server.sts(TestAccounts.BOB).getSessionToken().credentials();
    Credentials second = server.sts(TestAccounts.BOB).getSessionToken().credentials();

    assertStsError(
        403,
        "InvalidClientTokenId",
        INVALID_TOKEN,
        () ->
            session(second.accessKeyId(), first.secretAccessKey(), first.sessionToken())
                .getCallerIdentity());
  }

  @Test
  void givenTemporaryKeyWithoutToken_call_failsWithInvalidClientTokenId() {
    Credentials credentials = server.sts(TestAccounts.BOB).getSessionToken().credentials();

    assertStsError(
        403,
        "InvalidClientTokenId",
        INVALID_TOKEN,
        () ->
            server
                .sts(
                    AwsBasicCredentials.create(
                        credentials.accessKeyId(), credentials.secretAccessKey()))
                .getCallerIdentity());
  }

  @Test
  void givenServerInAnotherRegion_callScopedToUsEast1OrThatRegion_succeedsAndOthersFail() {
    try (TestServer euServer =
        TestServer.start(
            java.util.Map.of(
                "micronaut.server.port",
                -1,
                "micronaut.server.host",
                "127.0.0.1",
                "sts.region",
                "eu-west-1",
                "sts.bootstrap",
                TestServer.copyResource("test-bootstrap.json").toString()))) {
      assertEquals(
          "arn:aws:iam::111111111111:user/alice",
          euServer.sts(TestAccounts.ALICE).getCallerIdentity().arn());
      assertEquals(
          "arn:aws:iam::111111111111:user/alice",
          euServer
              .sts(TestAccounts.ALICE, software.amazon.awssdk.regions.Region.EU_WEST_1)
              .getCallerIdentity()
              .arn());
      assertStsError(
          403,
          "SignatureDoesNotMatch",
          "Credential should be scoped to a valid region, not 'ap-southeast-2'. ",
          () ->
              euServer
                  .sts(TestAccounts.ALICE, software.amazon.awssdk.regions.Region.AP_SOUTHEAST_2)
                  .getCallerIdentity());
    }
  }

  private static software.amazon.awssdk.services.sts.StsClient session(
      String keyId, String secret, String token) {
    return server.sts(AwsSessionCredentials.create(keyId, secret, token));
  }
}
