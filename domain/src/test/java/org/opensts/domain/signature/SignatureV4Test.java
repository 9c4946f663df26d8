package org.opensts.domain.signature;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opensts.domain.error.AuthenticationException;
import org.opensts.domain.error.ErrorCode;

/**
 * The verifier against the AWS SDK for Java v2's signer: what it signs, we accept; nothing else.
 */
class SignatureV4Test {

  private static final Duration FIFTEEN_MINUTES = Duration.ofMinutes(15);

  private final SignatureV4 signatureV4 = new SignatureV4();

  static Stream<Arguments> sdkSignedRequests() {
    return Stream.of(
        arguments(
            "POST with a form body, as the SDKs send STS calls",
            SdkSigner.post(SdkSigner.FORM_BODY)),
        arguments(
            "POST signed for another region",
            SdkSigner.post(SdkSigner.FORM_BODY)
                .region("eu-central-1")
                .host("sts.eu-central-1.amazonaws.com")),
        arguments(
            "POST over plain http to a non-default port",
            SdkSigner.post(SdkSigner.FORM_BODY).http(8080)),
        arguments(
            "POST with session credentials in X-Amz-Security-Token",
            SdkSigner.post(SdkSigner.FORM_BODY)
                .sessionToken("FwoGZXIvYXdzEBY+token/with=padding==")),
        arguments("POST with an empty body", SdkSigner.post("")),
        arguments(
            "POST with payload signing disabled, declaring x-amz-content-sha256: UNSIGNED-PAYLOAD",
            SdkSigner.post(SdkSigner.FORM_BODY).payloadSigning(false)),
        arguments(
            "POST with extra signed headers holding runs of spaces, tabs and several values",
            SdkSigner.post(SdkSigner.FORM_BODY)
                .header("X-Amz-Meta-Note", "  two   spaces\tand a\t\ttab  ")
                .header("X-Multi", "b  value", " a value ")),
        arguments(
            "GET with Action and Version in the query string",
            SdkSigner.get("/").query("Action", "GetCallerIdentity").query("Version", "2011-06-15")),
        arguments(
            "GET with a path of spaces, an encoded slash, unicode, a tilde and a plus",
            SdkSigner.get("/a%20b/c%2Fd/caf%C3%A9/~user/x+y")),
        arguments(
            "GET with dot segments and a doubled slash in the path",
            SdkSigner.get("/a/./b/../c//d")),
        arguments("GET with a trailing slash in the path", SdkSigner.get("/a/b/")),
        arguments(
            "GET with query values holding spaces, plus, slash, equals, ampersand, tilde and"
                + " unicode",
            SdkSigner.get("/")
                .query("v", "a b+c/d=e&f~g", "€ and ü")
                .query("Action", "GetCallerIdentity")),
        arguments(
            "GET with a repeated parameter name whose values arrive out of order",
            SdkSigner.get("/").query("Tags.member.1.Key", "z", "a", "m")),
        arguments(
            "GET with an empty value and a parameter without '='",
            SdkSigner.get("/").query("Empty", "").query("NoValue", (String) null)),
        arguments(
            "GET with names needing encoding and names differing only in case",
            SdkSigner.get("/").query("b", "1").query("B", "2").query("a b*", "3")),
        arguments(
            "presigned GET valid for 15 minutes",
            SdkSigner.get("/")
                .query("Action", "GetCallerIdentity")
                .query("Version", "2011-06-15")
                .presigned(FIFTEEN_MINUTES)),
        arguments(
            "presigned GET with a session token",
            SdkSigner.get("/")
                .query("Action", "GetCallerIdentity")
                .query("Version", "2011-06-15")
                .sessionToken("FwoGZXIvYXdzEBY+token/with=padding==")
                .presigned(FIFTEEN_MINUTES)),
        arguments(
            "presigned GET signed for another region",
            SdkSigner.get("/")
                .query("Action", "GetCallerIdentity")
                .region("ap-southeast-2")
                .presigned(FIFTEEN_MINUTES)),
        arguments(
            "presigned GET with payload signing disabled (UNSIGNED-PAYLOAD, marked nowhere)",
            SdkSigner.get("/")
                .query("Action", "GetCallerIdentity")
                .payloadSigning(false)
                .presigned(FIFTEEN_MINUTES)),
        arguments(
            "presigned GET with an extra signed header, as aws-iam-authenticator signs"
                + " x-k8s-aws-id",
            SdkSigner.get("/")
                .query("Action", "GetCallerIdentity")
                .query("Version", "2011-06-15")
                .header("x-k8s-aws-id", "my-cluster")
                .presigned(Duration.ofSeconds(60))),
        arguments(
            "presigned POST whose form body is hashed",
            SdkSigner.post(SdkSigner.FORM_BODY).presigned(FIFTEEN_MINUTES)),
        arguments(
            "query-string signature without X-Amz-Expires",
            SdkSigner.get("/").query("Action", "GetCallerIdentity").queryAuth()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sdkSignedRequests")
  void givenSdkSignedRequest_verify_accepts(String description, SdkSigner signer) {
    SignedRequest request = signer.sign();
    SignatureClaim claim = SignatureClaim.from(request);

    assertDoesNotThrow(() -> signatureV4.verify(request, claim, SdkSigner.SECRET));
    assertDoesNotThrow(() -> SignatureV4.checkFreshness(claim, SdkSigner.SIGNING_TIME));
  }

  static Stream<Arguments> tamperings() {
    SdkSigner post =
        SdkSigner.post(SdkSigner.FORM_BODY)
            .sessionToken("FwoGZXIvYXdzEBY+token")
            .header("X-Amz-Meta-Note", "signed note");
    SdkSigner get =
        SdkSigner.get("/path").query("Action", "GetCallerIdentity").query("Version", "2011-06-15");
    SdkSigner presigned =
        SdkSigner.get("/")
            .query("Action", "GetCallerIdentity")
            .sessionToken("FwoGZXIvYXdzEBY+token")
            .presigned(FIFTEEN_MINUTES);
    return Stream.of(
        arguments("a changed body byte", post, SignedRequests.flipPayloadByte(3)),
        arguments(
            "a body replaced under the signed x-amz-content-sha256 header",
            post,
            SignedRequests.payload("Action=AssumeRole&Version=2011-06-15")),
        arguments(
            "a signed body hash swapped for UNSIGNED-PAYLOAD",
            post,
            SignedRequests.header("X-Amz-Content-Sha256", "UNSIGNED-PAYLOAD")),
        arguments(
            "a changed signed header value",
            post,
            SignedRequests.header("X-Amz-Meta-Note", "signed  note!")),
        arguments("a removed signed header", post, SignedRequests.withoutHeader("X-Amz-Meta-Note")),
        arguments("a changed Host", post, SignedRequests.header("Host", "sts.example.com")),
        arguments(
            "a swapped X-Amz-Security-Token header",
            post,
            SignedRequests.header("X-Amz-Security-Token", "other")),
        arguments(
            "a changed X-Amz-Date on the same day",
            post,
            SignedRequests.header("X-Amz-Date", "20250304T050608Z")),
        arguments("a changed method", post, SignedRequests.method("PUT")),
        arguments("a changed path", get, SignedRequests.rawPath("/Path")),
        arguments("a path with an added segment", get, SignedRequests.rawPath("/path/more")),
        arguments(
            "a changed query value",
            get,
            SignedRequests.rawQuery(q -> q.replace("GetCallerIdentity", "GetSessionToken"))),
        arguments(
            "an added query parameter",
            get,
            SignedRequests.rawQuery(q -> q + "&DurationSeconds=900")),
        arguments(
            "a removed query parameter",
            get,
            SignedRequests.rawQuery(
                q -> q.replace("&Version=2011-06-15", "").replace("Version=2011-06-15&", ""))),
        arguments(
            "presigned: a changed Action",
            presigned,
            SignedRequests.rawQuery(q -> q.replace("GetCallerIdentity", "GetSessionToken"))),
        arguments(
            "presigned: a stretched X-Amz-Expires",
            presigned,
            SignedRequests.rawQuery(q -> q.replace("X-Amz-Expires=900", "X-Amz-Expires=3600"))),
        arguments(
            "presigned: a swapped X-Amz-Security-Token",
            presigned,
            SignedRequests.rawQuery(
                q -> q.replaceAll("X-Amz-Security-Token=[^&]*", "X-Amz-Security-Token=other"))),
        arguments(
            "presigned: an added query parameter",
            presigned,
            SignedRequests.rawQuery(
                q -> q + "&RoleArn=arn%3Aaws%3Aiam%3A%3A123456789012%3Arole%2Fadmin")),
        arguments(
            "presigned: a body added to a URL signed without one",
            presigned,
            SignedRequests.payload("Action=AssumeRole")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tamperings")
  void givenSdkSignedRequestThenTampered_verify_failsWithSignatureDoesNotMatch(
      String description, SdkSigner signer, UnaryOperator<SignedRequest> tampering) {
    SignedRequest signed = signer.sign();
    assertDoesNotThrow(
        () -> signatureV4.verify(signed, SignatureClaim.from(signed), SdkSigner.SECRET));
    SignedRequest tampered = tampering.apply(signed);
    SignatureClaim claim = SignatureClaim.from(tampered);

    AuthenticationException e =
        assertThrows(
            AuthenticationException.class,
            () -> signatureV4.verify(tampered, claim, SdkSigner.SECRET));

    assertEquals(ErrorCode.SIGNATURE_DOES_NOT_MATCH, e.code());
    assertEquals(
        "The request signature we calculated does not match the signature you provided. Check your"
            + " AWS Secret Access Key and signing method. Consult the service documentation for"
            + " details.",
        e.getMessage());
  }

  @Test
  void givenWrongSecret_verify_failsWithSignatureDoesNotMatch() {
    SignedRequest request = SdkSigner.post(SdkSigner.FORM_BODY).sign();
    SignatureClaim claim = SignatureClaim.from(request);

    AuthenticationException e =
        assertThrows(
            AuthenticationException.class,
            () -> signatureV4.verify(request, claim, SdkSigner.OTHER_SECRET));

    assertEquals(ErrorCode.SIGNATURE_DOES_NOT_MATCH, e.code());
  }

  static Stream<Arguments> alteredSignatures() {
    return Stream.of(
        arguments(
            "one hex digit changed",
            (UnaryOperator<String>) s -> (s.charAt(0) == '0' ? "1" : "0") + s.substring(1)),
        arguments(
            "the last hex digit changed",
            (UnaryOperator<String>) s -> s.substring(0, 63) + (s.charAt(63) == '0' ? "1" : "0")),
        arguments(
            "upper-cased",
            (UnaryOperator<String>)
                s -> s.toUpperCase(Locale.ROOT).equals(s) ? s + "0" : s.toUpperCase(Locale.ROOT)),
        arguments("truncated", (UnaryOperator<String>) s -> s.substring(0, 32)),
        arguments("empty", (UnaryOperator<String>) s -> ""),
        arguments("doubled", (UnaryOperator<String>) s -> s + s));
  }

  @ParameterizedTest(name = "signature {0}")
  @MethodSource("alteredSignatures")
  void givenAlteredSignature_verify_failsWithSignatureDoesNotMatch(
      String description, UnaryOperator<String> alteration) {
    SignedRequest request = SdkSigner.post(SdkSigner.FORM_BODY).sign();
    SignatureClaim claim = SignatureClaim.from(request);
    SignatureClaim altered =
        new SignatureClaim(
            claim.accessKeyId(),
            claim.scope(),
            claim.signedHeaders(),
            alteration.apply(claim.signature()),
            claim.requestTime(),
            claim.securityToken(),
            claim.expires(),
            claim.presigned());

    AuthenticationException e =
        assertThrows(
            AuthenticationException.class,
            () -> signatureV4.verify(request, altered, SdkSigner.SECRET));

    assertEquals(ErrorCode.SIGNATURE_DOES_NOT_MATCH, e.code());
  }

  @Test
  void givenUnsignedHeaderChanged_verify_accepts() {
    SignedRequest signed = SdkSigner.post(SdkSigner.FORM_BODY).sign();
    SignedRequest changed = SignedRequests.header("User-Agent", "something else").apply(signed);

    assertDoesNotThrow(
        () -> signatureV4.verify(changed, SignatureClaim.from(changed), SdkSigner.SECRET));
  }

  /** UNSIGNED-PAYLOAD means just that: the body is not covered, as AWS documents. */
  @Test
  void givenBodyChangedUnderDeclaredUnsignedPayload_verify_accepts() {
    SignedRequest signed = SdkSigner.post(SdkSigner.FORM_BODY).payloadSigning(false).sign();
    SignedRequest changed = SignedRequests.payload("Action=AssumeRole").apply(signed);

    assertDoesNotThrow(
        () -> signatureV4.verify(changed, SignatureClaim.from(changed), SdkSigner.SECRET));
  }

  /**
   * A presigned URL may leave an empty body unsigned, but a body it carries must be signed: STS
   * reads parameters from the body too.
   */
  @Test
  void givenPresignedPostWithUnsignedBody_verify_failsWithSignatureDoesNotMatch() {
    SignedRequest request =
        SdkSigner.post(SdkSigner.FORM_BODY).payloadSigning(false).presigned(FIFTEEN_MINUTES).sign();
    SignatureClaim claim = SignatureClaim.from(request);

    AuthenticationException e =
        assertThrows(
            AuthenticationException.class,
            () -> signatureV4.verify(request, claim, SdkSigner.SECRET));

    assertEquals(ErrorCode.SIGNATURE_DOES_NOT_MATCH, e.code());
  }

  /** An internal service may send the body's hash instead of a large body. */
  @Test
  void givenTheBodysHashInPlaceOfTheBody_verify_accepts() {
    SignedRequest signed = SdkSigner.post(SdkSigner.FORM_BODY).sign();
    SignedRequest hashed = SignedRequests.payloadSha256Of(SdkSigner.FORM_BODY).apply(signed);

    assertEquals(0, hashed.payload().length);
    assertDoesNotThrow(
        () -> signatureV4.verify(hashed, SignatureClaim.from(hashed), SdkSigner.SECRET));
  }

  @Test
  void givenAnotherBodysHashInPlaceOfTheBody_verify_failsWithSignatureDoesNotMatch() {
    SignedRequest signed = SdkSigner.post(SdkSigner.FORM_BODY).sign();
    SignedRequest hashed =
        SignedRequests.payloadSha256Of("Action=AssumeRole&Version=2011-06-15").apply(signed);
    SignatureClaim claim = SignatureClaim.from(hashed);

    AuthenticationException e =
        assertThrows(
            AuthenticationException.class,
            () -> signatureV4.verify(hashed, claim, SdkSigner.SECRET));

    assertEquals(ErrorCode.SIGNATURE_DOES_NOT_MATCH, e.code());
  }

  /** The empty body's hash says "no body", so a presigned URL may still have left it unsigned. */
  @Test
  void givenPresignedGetWithUnsignedPayloadAndTheEmptyBodysHash_verify_accepts() {
    SignedRequest signed =
        SdkSigner.get("/")
            .query("Action", "GetCallerIdentity")
            .payloadSigning(false)
            .presigned(FIFTEEN_MINUTES)
            .sign();
    SignedRequest hashed = SignedRequests.payloadSha256Of("").apply(signed);

    assertDoesNotThrow(
        () -> signatureV4.verify(hashed, SignatureClaim.from(hashed), SdkSigner.SECRET));
  }

  @Test
  void givenCredentialScopeDatedAnotherDay_verify_failsWithSignatureDoesNotMatch() {
    SignedRequest signed = SdkSigner.post(SdkSigner.FORM_BODY).sign();
    SignedRequest redated = SignedRequests.header("X-Amz-Date", "20250305T050607Z").apply(signed);
    SignatureClaim claim = SignatureClaim.from(redated);

    AuthenticationException e =
        assertThrows(
            AuthenticationException.class,
            () -> signatureV4.verify(redated, claim, SdkSigner.SECRET));

    assertEquals(ErrorCode.SIGNATURE_DOES_NOT_MATCH, e.code());
    assertEquals(
        "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP:"
            + " '20250304' != '20250305', from '20250305T050607Z'.",
        e.getMessage());
  }

  @Test
  void givenTwoSecretsSharingOneScope_verify_neverServesOneSecretsKeyToTheOther() {
    SignedRequest byFirst = SdkSigner.post(SdkSigner.FORM_BODY).sign();
    SignedRequest bySecond =
        SdkSigner.post(SdkSigner.FORM_BODY).secret(SdkSigner.OTHER_SECRET).sign();
    SignatureClaim firstClaim = SignatureClaim.from(byFirst);
    SignatureClaim secondClaim = SignatureClaim.from(bySecond);

    signatureV4.verify(byFirst, firstClaim, SdkSigner.SECRET);
    signatureV4.verify(bySecond, secondClaim, SdkSigner.OTHER_SECRET);

    assertEquals(
        ErrorCode.SIGNATURE_DOES_NOT_MATCH,
        assertThrows(
                AuthenticationException.class,
                () -> signatureV4.verify(byFirst, firstClaim, SdkSigner.OTHER_SECRET))
            .code());
    assertEquals(
        ErrorCode.SIGNATURE_DOES_NOT_MATCH,
        assertThrows(
                AuthenticationException.class,
                () -> signatureV4.verify(bySecond, secondClaim, SdkSigner.SECRET))
            .code());
  }

  @Test
  void givenCacheOfOneKey_verify_keepsAcceptingAcrossScopesAndSecrets() {
    SignatureV4 tiny = new SignatureV4(1);
    List<SignedRequest> requests =
        List.of(
            SdkSigner.post(SdkSigner.FORM_BODY).sign(),
            SdkSigner.post(SdkSigner.FORM_BODY).region("eu-west-1").sign(),
            SdkSigner.post(SdkSigner.FORM_BODY)
                .at(SdkSigner.SIGNING_TIME.plus(Duration.ofDays(1)))
                .sign());

    for (int round = 0; round < 3; round++) {
      for (SignedRequest request : requests) {
        tiny.verify(request, SignatureClaim.from(request), SdkSigner.SECRET);
      }
    }
    SignedRequest bySecond =
        SdkSigner.post(SdkSigner.FORM_BODY).secret(SdkSigner.OTHER_SECRET).sign();
    assertThrows(
        AuthenticationException.class,
        () -> tiny.verify(bySecond, SignatureClaim.from(bySecond), SdkSigner.SECRET));
  }

  @Test
  void givenManyThreads_verify_acceptsEachRightSecretAndRejectsEachWrongOne() throws Exception {
    SignedRequest byFirst = SdkSigner.post(SdkSigner.FORM_BODY).sign();
    SignedRequest bySecond =
        SdkSigner.get("/")
            .query("Action", "GetCallerIdentity")
            .secret(SdkSigner.OTHER_SECRET)
            .sign();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        results.add(
            pool.submit(
                () -> {
                  int rejected = 0;
                  for (int i = 0; i < 200; i++) {
                    boolean swap = i % 2 == 0;
                    SignedRequest request = swap ? byFirst : bySecond;
                    String right = swap ? SdkSigner.SECRET : SdkSigner.OTHER_SECRET;
                    String wrong = swap ? SdkSigner.OTHER_SECRET : SdkSigner.SECRET;
                    signatureV4.verify(request, SignatureClaim.from(request), right);
                    try {
                      signatureV4.verify(request, SignatureClaim.from(request), wrong);
                    } catch (AuthenticationException e) {
                      rejected++;
                    }
                  }
                  return rejected;
                }));
      }
      for (Future<Integer> result : results) {
        assertEquals(200, result.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
