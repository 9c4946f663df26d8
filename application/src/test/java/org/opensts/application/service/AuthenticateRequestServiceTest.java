package org.opensts.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.opensts.application.port.in.auth.AuthenticateRequestCommand;
import org.opensts.application.port.in.auth.AuthenticateRequestResult;
import org.opensts.application.port.in.auth.AuthenticateRequestUseCase;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.credential.LongTermKeyCaller;
import org.opensts.domain.credential.SealingKey;
import org.opensts.domain.credential.Session;
import org.opensts.domain.credential.SessionCaller;
import org.opensts.domain.credential.SessionTokenCodec;
import org.opensts.domain.error.AuthenticationException;
import org.opensts.domain.error.ErrorCode;
import org.opensts.domain.fixture.TestCallers;
import org.opensts.domain.fixture.TestPrincipals;
import org.opensts.domain.fixture.TestSealingKeys;
import org.opensts.domain.fixture.TestSessions;
import org.opensts.domain.identity.AccessKey;
import org.opensts.domain.identity.AccessKeyId;
import org.opensts.domain.identity.AccessKeyStatus;
import org.opensts.domain.identity.Principal;
import org.opensts.domain.identity.SecretAccessKey;
import org.opensts.domain.signature.SignedRequest;

/**
 * Authenticating a request the AWS SDK signed: the scope must be this endpoint's (service {@code
 * sts}, the server's region or us-east-1), the long-term key known and active, or the session token
 * genuine, unexpired and issued for the key that signed; then the signature must verify.
 */
class AuthenticateRequestServiceTest {

  private static final Instant NOW = Instant.parse("2025-03-04T05:06:07Z");
  private static final String KEY_ID = "AKIAIOSFODNN7EXAMPLE";
  private static final String SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
  private static final String INVALID_TOKEN =
      "The security token included in the request is invalid";
  private static final String EXPIRED_TOKEN =
      "The security token included in the request is expired";

  private final TestPorts ports = new TestPorts();

  private AuthenticateRequestUseCase serviceIn(String region) {
    return ports.useCases(Clock.fixed(NOW, ZoneOffset.UTC), region).authenticateRequest();
  }

  private AuthenticateRequestResult authenticate(SignedRequest request) {
    return serviceIn("us-east-1")
        .authenticate(new AuthenticateRequestCommand(request, "sts", TestCallers.ORIGIN));
  }

  private AuthenticationException authenticationFailure(SignedRequest request) {
    return assertThrows(AuthenticationException.class, () -> authenticate(request));
  }

  // --- Long-term keys ----------------------------------------------------------------------------

  @Test
  void givenActiveLongTermKey_authenticate_returnsItsOwner() {
    AccessKey key = storeKey(TestPrincipals.alice(), AccessKeyStatus.ACTIVE);

    Caller caller = authenticate(SdkSignedRequest.signedWith(KEY_ID, SECRET, NOW).sign()).caller();

    assertEquals(new LongTermKeyCaller(key, TestCallers.ORIGIN), caller);
    assertEquals(TestPrincipals.alice(), caller.principal());
  }

  @Test
  void givenRootKey_authenticate_returnsTheRoot() {
    storeKey(TestPrincipals.root(), AccessKeyStatus.ACTIVE);

    Caller caller = authenticate(SdkSignedRequest.signedWith(KEY_ID, SECRET, NOW).sign()).caller();

    assertEquals(TestPrincipals.root(), caller.principal());
  }

  @Test
  void givenUnknownKey_authenticate_failsWithInvalidClientTokenId() {
    AuthenticationException error =
        authenticationFailure(SdkSignedRequest.signedWith(KEY_ID, SECRET, NOW).sign());

    assertEquals(ErrorCode.INVALID_CLIENT_TOKEN_ID, error.code());
    assertEquals(INVALID_TOKEN, error.getMessage());
  }

  @Test
  void givenInactiveKey_authenticate_failsWithInvalidClientTokenId() {
    storeKey(TestPrincipals.alice(), AccessKeyStatus.INACTIVE);

    AuthenticationException error =
        authenticationFailure(SdkSignedRequest.signedWith(KEY_ID, SECRET, NOW).sign());

    assertEquals(ErrorCode.INVALID_CLIENT_TOKEN_ID, error.code());
    assertEquals(INVALID_TOKEN, error.getMessage());
  }

  @Test
  void givenLongTermKeyWithASecurityToken_authenticate_failsWithInvalidClientTokenId() {
    storeKey(TestPrincipals.alice(), AccessKeyStatus.ACTIVE);
    String someToken =
        sealedToken(TestSessions.aSession(TestPrincipals.alice()), TestSealingKeys.key());

    AuthenticationException error =
        authenticationFailure(
            SdkSignedRequest.signedWith(KEY_ID, SECRET, NOW).sessionToken(someToken).sign());

    assertEquals(ErrorCode.INVALID_CLIENT_TOKEN_ID, error.code());
    assertEquals(INVALID_TOKEN, error.getMessage());
  }

  @Test
  void givenWrongSecret_authenticate_failsWithSignatureDoesNotMatch() {
    storeKey(TestPrincipals.alice(), AccessKeyStatus.ACTIVE);

    AuthenticationException error =
        authenticationFailure(
            SdkSignedRequest.signedWith(KEY_ID, "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY", NOW)
                .sign());

    assertEquals(ErrorCode.SIGNATURE_DOES_NOT_MATCH, error.code());
    assertEquals(
        "The request signature we calculated does not match the signature you provided. Check your AWS"
            + " Secret Access Key and signing method. Consult the service documentation for details.",
        error.getMessage());
  }

  // --- Credential scope
  // ----------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"iam", "s3", "STS"})
  void givenScopeForAnotherService_authenticate_failsWithSignatureDoesNotMatch(String service) {
    storeKey(TestPrincipals.alice(), AccessKeyStatus.ACTIVE);

    AuthenticationException error =
        authenticationFailure(
            SdkSignedRequest.signedWith(KEY_ID, SECRET, NOW).service(service).sign());

    assertEquals(ErrorCode.SIGNATURE_DOES_NOT_MATCH, error.code());
    assertEquals("Credential should be scoped to correct service: 'sts'. ", error.getMessage());
  }

  static Stream<Arguments> regions() {
    return Stream.of(
        arguments("the server's own region", "eu-west-1", null),
        arguments("us-east-1, the global endpoint's region", "us-east-1", null),
        arguments(
            "another region",
            "ap-southeast-2",
            "Credential should be scoped to a valid region, not 'ap-southeast-2'. "),
        arguments(
            "a made-up region", "xx", "Credential should be scoped to a valid region, not 'xx'. "),
        arguments(
            "aws-global, which clients map to us-east-1 before signing",
            "aws-global",
            "Credential should be scoped to a valid region, not 'aws-global'. "));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("regions")
  void givenServerInEuWest1_authenticate_acceptsItsRegionAndUsEast1Only(
      String description, String signedRegion, String expectedError) {
    storeKey(TestPrincipals.alice(), AccessKeyStatus.ACTIVE);
    AuthenticateRequestUseCase service = serviceIn("eu-west-1");
    SignedRequest request =
        SdkSignedRequest.signedWith(KEY_ID, SECRET, NOW).region(signedRegion).sign();
    AuthenticateRequestCommand command =
        new AuthenticateRequestCommand(request, "sts", TestCallers.ORIGIN);

    if (expectedError == null) {
      assertEquals(TestPrincipals.alice(), service.authenticate(command).caller().principal());
    } else {
      AuthenticationException error =
          assertThrows(AuthenticationException.class, () -> service.authenticate(command));
      assertEquals(ErrorCode.SIGNATURE_DOES_NOT_MATCH, error.code());
      assertEquals(expectedError, error.getMessage());
    }
  }

  @Test
  void givenWrongRegionAndUnknownKey_authenticate_reportsTheScopeFirst() {
    AuthenticationException error =
        authenticationFailure(SdkSignedRequest.signedWith(KEY_ID, SECRET, NOW).region("xx").sign());

    assertEquals("Credential should be scoped to a valid region, not 'xx'. ", error.getMessage());
  }

  // --- Session credentials
  // -------------------------------------------------------------------------

  static Stream<Arguments> sessionPrincipals() {
    return Stream.of(
        arguments("a role session", TestPrincipals.deployerSession("build-1")),
        arguments("a user's session", TestPrincipals.alice()),
        arguments("the root's session", TestPrincipals.root()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sessionPrincipals")
  void givenGenuineUnexpiredSessionToken_authenticate_returnsTheSessionCaller(
      String description, Principal principal) {
    Session session = TestSessions.aSession(principal, NOW.minusSeconds(60), Duration.ofHours(1));
    SignedRequest request = signedBy(session, sealedToken(session, TestSealingKeys.key()));

    Caller caller = authenticate(request).caller();

    assertEquals(new SessionCaller(session, TestCallers.ORIGIN), caller);
    assertEquals(principal, caller.principal());
  }

  @Test
  void givenSessionThatExpiredAtTheRequestTime_authenticate_failsWithExpiredToken() {
    Session session =
        TestSessions.aSession(
            TestPrincipals.alice(), NOW.minus(Duration.ofHours(1)), Duration.ofHours(1));

    AuthenticationException error =
        authenticationFailure(signedBy(session, sealedToken(session, TestSealingKeys.key())));

    assertEquals(ErrorCode.EXPIRED_TOKEN, error.code());
    assertEquals(EXPIRED_TOKEN, error.getMessage());
  }

  @Test
  void givenSessionExpiringOneSecondAfterTheRequest_authenticate_acceptsIt() {
    Session session =
        TestSessions.aSession(
            TestPrincipals.alice(),
            NOW.minus(Duration.ofHours(1)).plusSeconds(1),
            Duration.ofHours(1));

    assertEquals(
        TestPrincipals.alice(),
        authenticate(signedBy(session, sealedToken(session, TestSealingKeys.key())))
            .caller()
            .principal());
  }

  @Test
  void givenTokenOfAnotherSession_authenticate_failsWithInvalidClientTokenId() {
    Session signer =
        TestSessions.aSession(TestPrincipals.alice(), NOW.minusSeconds(60), Duration.ofHours(1));
    Session other =
        TestSessions.aSession(
            TestPrincipals.deployerSession("build-1"), NOW.minusSeconds(60), Duration.ofHours(1));

    AuthenticationException error =
        authenticationFailure(signedBy(signer, sealedToken(other, TestSealingKeys.key())));

    assertEquals(ErrorCode.INVALID_CLIENT_TOKEN_ID, error.code());
    assertEquals(INVALID_TOKEN, error.getMessage());
  }

  @Test
  void givenTemporaryKeyWithoutToken_authenticate_failsWithInvalidClientTokenId() {
    Session session =
        TestSessions.aSession(TestPrincipals.alice(), NOW.minusSeconds(60), Duration.ofHours(1));

    AuthenticationException error =
        authenticationFailure(
            SdkSignedRequest.signedWith(
                    session.accessKeyId().value(), session.secretAccessKey().value(), NOW)
                .sign());

    assertEquals(ErrorCode.INVALID_CLIENT_TOKEN_ID, error.code());
  }

  @Test
  void givenTokenSealedByAKeyTheRingDoesNotHold_authenticate_failsWithInvalidClientTokenId() {
    Session session =
        TestSessions.aSession(TestPrincipals.alice(), NOW.minusSeconds(60), Duration.ofHours(1));

    AuthenticationException error =
        authenticationFailure(
            signedBy(session, sealedToken(session, TestSealingKeys.key("foreign", 5))));

    assertEquals(ErrorCode.INVALID_CLIENT_TOKEN_ID, error.code());
  }

  @Test
  void givenGarbageToken_authenticate_failsWithInvalidClientTokenId() {
    Session session =
        TestSessions.aSession(TestPrincipals.alice(), NOW.minusSeconds(60), Duration.ofHours(1));

    AuthenticationException error = authenticationFailure(signedBy(session, "FwoGZXIvYXdzEBYaDH"));

    assertEquals(ErrorCode.INVALID_CLIENT_TOKEN_ID, error.code());
  }

  @Test
  void givenGenuineTokenButWrongSecret_authenticate_failsWithSignatureDoesNotMatch() {
    Session session =
        TestSessions.aSession(TestPrincipals.alice(), NOW.minusSeconds(60), Duration.ofHours(1));
    SignedRequest request =
        SdkSignedRequest.signedWith(session.accessKeyId().value(), SECRET, NOW)
            .sessionToken(sealedToken(session, TestSealingKeys.key()))
            .sign();

    AuthenticationException error = authenticationFailure(request);

    assertEquals(ErrorCode.SIGNATURE_DOES_NOT_MATCH, error.code());
  }

  @Test
  void givenCredentialsFromGetSessionToken_authenticate_acceptsThemEndToEnd() {
    storeKey(TestPrincipals.alice(), AccessKeyStatus.ACTIVE);
    StsUseCases useCases = ports.useCases(Clock.fixed(NOW, ZoneOffset.UTC));

    Caller temporary =
        useCases.authenticateRequest().authenticate(signedWithSessionFrom(useCases)).caller();

    assertInstanceOf(SessionCaller.class, temporary);
    assertEquals(TestPrincipals.alice(), temporary.principal());
  }

  @Test
  void givenTokenAcceptedBefore_authenticate_refusesItOnceItsKeyLeavesTheRing() {
    Session session =
        TestSessions.aSession(TestPrincipals.alice(), NOW.minusSeconds(60), Duration.ofHours(1));
    SignedRequest request = signedBy(session, sealedToken(session, TestSealingKeys.key()));
    AuthenticateRequestUseCase service = serviceIn("us-east-1");
    AuthenticateRequestCommand command =
        new AuthenticateRequestCommand(request, "sts", TestCallers.ORIGIN);
    assertEquals(session, ((SessionCaller) service.authenticate(command).caller()).session());

    ports.keyRing.forget(TestSealingKeys.key().id());

    AuthenticationException error =
        assertThrows(AuthenticationException.class, () -> service.authenticate(command));
    assertEquals(ErrorCode.INVALID_CLIENT_TOKEN_ID, error.code());
  }

  @Test
  void givenSessionTokenAcceptedBefore_authenticate_refusesItOnceItsSourceKeyIsDeactivated() {
    AccessKey key = storeKey(TestPrincipals.alice(), AccessKeyStatus.ACTIVE);
    StsUseCases useCases = ports.useCases(Clock.fixed(NOW, ZoneOffset.UTC));
    AuthenticateRequestUseCase service = useCases.authenticateRequest();
    AuthenticateRequestCommand withSession = signedWithSessionFrom(useCases);
    assertEquals(TestPrincipals.alice(), service.authenticate(withSession).caller().principal());

    ports.accessKeys.save(
        new AccessKey(key.id(), key.secret(), key.owner(), AccessKeyStatus.INACTIVE, NOW));

    AuthenticationException error =
        assertThrows(AuthenticationException.class, () -> service.authenticate(withSession));
    assertEquals(ErrorCode.INVALID_CLIENT_TOKEN_ID, error.code());
  }

  // --- Helpers
  // -------------------------------------------------------------------------------------

  /**
   * A request signed with the credentials GetSessionToken issues to the stored long-term key, as an
   * SDK would send it.
   */
  private static AuthenticateRequestCommand signedWithSessionFrom(StsUseCases useCases) {
    Caller longTerm =
        useCases
            .authenticateRequest()
            .authenticate(
                new AuthenticateRequestCommand(
                    SdkSignedRequest.signedWith(KEY_ID, SECRET, NOW).sign(),
                    "sts",
                    TestCallers.ORIGIN))
            .caller();
    var credentials =
        useCases
            .getSessionToken()
            .getSessionToken(
                new org.opensts.application.port.in.sts.GetSessionTokenCommand(
                    longTerm, 900, null, null))
            .credentials();
    return new AuthenticateRequestCommand(
        SdkSignedRequest.signedWith(
                credentials.accessKeyId().value(), credentials.secretAccessKey().value(), NOW)
            .sessionToken(credentials.sessionToken().value())
            .sign(),
        "sts",
        TestCallers.ORIGIN);
  }

  private AccessKey storeKey(Principal owner, AccessKeyStatus status) {
    AccessKey key =
        new AccessKey(new AccessKeyId(KEY_ID), new SecretAccessKey(SECRET), owner, status, NOW);
    ports.accessKeys.save(key);
    return key;
  }

  private static String sealedToken(Session session, SealingKey key) {
    return SessionTokenCodec.seal(session, key, new SplittableRandom(3)).value();
  }

  private static SignedRequest signedBy(Session session, String token) {
    return SdkSignedRequest.signedWith(
            session.accessKeyId().value(), session.secretAccessKey().value(), NOW)
        .sessionToken(token)
        .sign();
  }
}
