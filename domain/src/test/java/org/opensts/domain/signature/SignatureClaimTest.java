package org.opensts.domain.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opensts.domain.error.AuthenticationException;
import org.opensts.domain.error.ErrorCode;

/** Reading what a request claims, and refusing malformed claims in AWS's words. */
class SignatureClaimTest {

  private static final String CREDENTIAL = "AKIDEXAMPLE/20150830/us-east-1/sts/aws4_request";
  private static final String AUTHORIZATION =
      "AWS4-HMAC-SHA256 Credential="
          + CREDENTIAL
          + ", SignedHeaders=content-type;host;x-amz-date,"
          + " Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7";
  private static final String PRESIGNED_QUERY =
      "Action=GetCallerIdentity&Version=2011-06-15&X-Amz-Algorithm=AWS4-HMAC-SHA256"
          + "&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fsts%2Faws4_request"
          + "&X-Amz-Date=20150830T123600Z&X-Amz-Expires=60&X-Amz-SignedHeaders=host%3Bx-k8s-aws-id"
          + "&X-Amz-Security-Token=Fwo%2Btoken%3D%3D&X-Amz-Signature=abc123";

  @Test
  void givenAuthorizationHeader_from_readsEveryPart() {
    SignatureClaim claim =
        SignatureClaim.from(
            request(
                "",
                "Authorization",
                AUTHORIZATION,
                "X-Amz-Date",
                "20150830T123600Z",
                "X-Amz-Security-Token",
                "session-token"));

    assertEquals("AKIDEXAMPLE", claim.accessKeyId());
    assertEquals(new CredentialScope(LocalDate.of(2015, 8, 30), "us-east-1", "sts"), claim.scope());
    assertEquals(List.of("content-type", "host", "x-amz-date"), claim.signedHeaders());
    assertEquals(
        "5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7", claim.signature());
    assertEquals(Instant.parse("2015-08-30T12:36:00Z"), claim.requestTime());
    assertEquals(Optional.of("session-token"), claim.securityToken());
    assertEquals(Optional.empty(), claim.expires());
    assertFalse(claim.presigned());
  }

  @Test
  void givenAuthorizationHeaderWithLooseSpacingAndNoSpaceAfterCommas_from_readsEveryPart() {
    SignatureClaim claim =
        SignatureClaim.from(
            request(
                "",
                "Authorization",
                "  AWS4-HMAC-SHA256   Credential = "
                    + CREDENTIAL
                    + ",SignedHeaders=Host;X-Amz-Date,Signature=abc  ",
                "X-Amz-Date",
                "20150830T123600Z"));

    assertEquals("AKIDEXAMPLE", claim.accessKeyId());
    assertEquals(List.of("host", "x-amz-date"), claim.signedHeaders());
    assertEquals("abc", claim.signature());
  }

  @Test
  void givenDateHeaderWithoutXAmzDate_from_readsTheRequestTimeFromIt() {
    SignatureClaim claim =
        SignatureClaim.from(
            request("", "Authorization", AUTHORIZATION, "Date", "Sun, 30 Aug 2015 12:36:00 GMT"));

    assertEquals(Instant.parse("2015-08-30T12:36:00Z"), claim.requestTime());
  }

  @Test
  void givenPresignedQuery_from_readsEveryParameter() {
    SignatureClaim claim = SignatureClaim.from(request(PRESIGNED_QUERY));

    assertEquals("AKIDEXAMPLE", claim.accessKeyId());
    assertEquals("20150830/us-east-1/sts/aws4_request", claim.scope().toString());
    assertEquals(List.of("host", "x-k8s-aws-id"), claim.signedHeaders());
    assertEquals("abc123", claim.signature());
    assertEquals(Instant.parse("2015-08-30T12:36:00Z"), claim.requestTime());
    assertEquals(Optional.of("Fwo+token=="), claim.securityToken());
    assertEquals(Optional.of(Duration.ofSeconds(60)), claim.expires());
    assertTrue(claim.presigned());
  }

  static Stream<Arguments> malformedRequests() {
    return Stream.of(
        arguments(
            "neither an Authorization header nor presigned parameters",
            request("Action=GetCallerIdentity", "X-Amz-Date", "20150830T123600Z"),
            ErrorCode.MISSING_AUTHENTICATION_TOKEN,
            "Request is missing Authentication Token"),
        arguments(
            "a blank Authorization header",
            request("", "Authorization", "   "),
            ErrorCode.MISSING_AUTHENTICATION_TOKEN,
            "Request is missing Authentication Token"),
        arguments(
            "a Bearer token instead of a signature",
            request("", "Authorization", "Bearer abc.def", "X-Amz-Date", "20150830T123600Z"),
            ErrorCode.INCOMPLETE_SIGNATURE,
            "Authorization header requires 'Credential' parameter. Authorization header requires"
                + " 'Signature' parameter. Authorization header requires 'SignedHeaders' parameter."
                + " Authorization=Bearer abc.def"),
        arguments(
            "a SigV2 header and no date",
            request("", "Authorization", "AWS AKIDEXAMPLE:c2lnbmF0dXJl"),
            ErrorCode.INCOMPLETE_SIGNATURE,
            "Authorization header requires 'Credential' parameter. Authorization header requires"
                + " 'Signature' parameter. Authorization header requires 'SignedHeaders' parameter."
                + " Authorization header requires existence of either a 'X-Amz-Date' or a 'Date'"
                + " header. Authorization=AWS AKIDEXAMPLE:c2lnbmF0dXJl"),
        arguments(
            "the algorithm alone",
            request("", "Authorization", "AWS4-HMAC-SHA256", "X-Amz-Date", "20150830T123600Z"),
            ErrorCode.INCOMPLETE_SIGNATURE,
            "Authorization header requires 'Credential' parameter. Authorization header requires"
                + " 'Signature' parameter. Authorization header requires 'SignedHeaders' parameter."
                + " Authorization=AWS4-HMAC-SHA256"),
        arguments(
            "no Signature",
            request(
                "",
                "Authorization",
                "AWS4-HMAC-SHA256 Credential=" + CREDENTIAL + ", SignedHeaders=host",
                "X-Amz-Date",
                "20150830T123600Z"),
            ErrorCode.INCOMPLETE_SIGNATURE,
            "Authorization header requires 'Signature' parameter. Authorization=AWS4-HMAC-SHA256"
                + " Credential="
                + CREDENTIAL
                + ", SignedHeaders=host"),
        arguments(
            "a part without an equal sign",
            request(
                "",
                "Authorization",
                "AWS4-HMAC-SHA256 Credential, "
                    + CREDENTIAL
                    + ", SignedHeaders=host, Signature=abc",
                "X-Amz-Date",
                "20150830T123600Z"),
            ErrorCode.INCOMPLETE_SIGNATURE,
            "'Credential' not a valid key=value pair (missing equal-sign) in Authorization header:"
                + " 'AWS4-HMAC-SHA256 Credential, "
                + CREDENTIAL
                + ", SignedHeaders=host, Signature=abc'."),
        arguments(
            "a Credential of four parts",
            header("AKIDEXAMPLE/20150830/us-east-1/sts", "host"),
            ErrorCode.INCOMPLETE_SIGNATURE,
            "Credential is malformed; expecting"
                + " \"<AccessKeyId>/<YYYYMMDD>/<Region>/<Service>/aws4_request\"."
                + " Credential=AKIDEXAMPLE/20150830/us-east-1/sts"),
        arguments(
            "a Credential of six parts",
            header("AKIDEXAMPLE/20150830/us-east-1/sts/aws4_request/more", "host"),
            ErrorCode.INCOMPLETE_SIGNATURE,
            "Credential is malformed; expecting"
                + " \"<AccessKeyId>/<YYYYMMDD>/<Region>/<Service>/aws4_request\"."
                + " Credential=AKIDEXAMPLE/20150830/us-east-1/sts/aws4_request/more"),
        arguments(
            "a Credential without an access key id",
            header("/20150830/us-east-1/sts/aws4_request", "host"),
            ErrorCode.INCOMPLETE_SIGNATURE,
            "Credential is malformed; expecting"
                + " \"<AccessKeyId>/<YYYYMMDD>/<Region>/<Service>/aws4_request\"."
                + " Credential=/20150830/us-east-1/sts/aws4_request"),
        arguments(
            "a Credential with an empty region",
            header("AKIDEXAMPLE/20150830//sts/aws4_request", "host"),
            ErrorCode.INCOMPLETE_SIGNATURE,
            "Credential is malformed; expecting"
                + " \"<AccessKeyId>/<YYYYMMDD>/<Region>/<Service>/aws4_request\"."
                + " Credential=AKIDEXAMPLE/20150830//sts/aws4_request"),
        arguments(
            "an empty Credential",
            header("", "host"),
            ErrorCode.INCOMPLETE_SIGNATURE,
            "Credential is malformed; expecting"
                + " \"<AccessKeyId>/<YYYYMMDD>/<Region>/<Service>/aws4_request\". Credential="),
        arguments(
            "a Credential dated the 13th month",
            header("AKIDEXAMPLE/20151330/us-east-1/sts/aws4_request", "host"),
            ErrorCode.INCOMPLETE_SIGNATURE,
            "Credential date '20151330' is not a valid YYYYMMDD date."
                + " Credential=AKIDEXAMPLE/20151330/us-east-1/sts/aws4_request"),
        arguments(
            "a Credential dated in ISO extended form",
            header("AKIDEXAMPLE/2015-08-30/us-east-1/sts/aws4_request", "host"),
            ErrorCode.INCOMPLETE_SIGNATURE,
            "Credential date '2015-08-30' is not a valid YYYYMMDD date."
                + " Credential=AKIDEXAMPLE/2015-08-30/us-east-1/sts/aws4_request"),
        arguments(
            "a Credential with another terminator",
            header("AKIDEXAMPLE/20150830/us-east-1/sts/aws4_reqest", "host"),
            ErrorCode.SIGNATURE_DOES_NOT_MATCH,
            "Credential should be scoped with a valid terminator: 'aws4_request', not"
                + " 'aws4_reqest'. "),
        arguments(
            "SignedHeaders without host",
            header(CREDENTIAL, "content-type;x-amz-date"),
            ErrorCode.INCOMPLETE_SIGNATURE,
            "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization."),
        arguments(
            "an X-Amz-Date in ISO extended form",
            request("", "Authorization", AUTHORIZATION, "X-Amz-Date", "2015-08-30T12:36:00Z"),
            ErrorCode.INCOMPLETE_SIGNATURE,
            "Date must be in ISO-8601 'basic format'. Got '2015-08-30T12:36:00Z'."
                + " See http://en.wikipedia.org/wiki/ISO_8601"),
        arguments(
            "an X-Amz-Date at hour 25",
            request("", "Authorization", AUTHORIZATION, "X-Amz-Date", "20150830T253600Z"),
            ErrorCode.INCOMPLETE_SIGNATURE,
            "Date must be in ISO-8601 'basic format'. Got '20150830T253600Z'."
                + " See http://en.wikipedia.org/wiki/ISO_8601"),
        arguments(
            "an unreadable Date header",
            request("", "Authorization", AUTHORIZATION, "Date", "yesterday"),
            ErrorCode.INCOMPLETE_SIGNATURE,
            "Date must be in ISO-8601 'basic format'. Got 'yesterday'."
                + " See http://en.wikipedia.org/wiki/ISO_8601"),
        arguments(
            "both an Authorization header and presigned parameters",
            request(
                PRESIGNED_QUERY, "Authorization", AUTHORIZATION, "X-Amz-Date", "20150830T123600Z"),
            ErrorCode.INCOMPLETE_SIGNATURE,
            "Only one auth mechanism allowed; only the X-Amz-Algorithm query parameter, Signature"
                + " query string parameter or the Authorization header should be specified"),
        arguments(
            "presigned: only X-Amz-Signature",
            request("Action=GetCallerIdentity&X-Amz-Signature=abc"),
            ErrorCode.INCOMPLETE_SIGNATURE,
            "AWS query-string parameters must include 'X-Amz-Algorithm'. AWS query-string"
                + " parameters must include 'X-Amz-Credential'. AWS query-string parameters must"
                + " include 'X-Amz-SignedHeaders'. AWS query-string parameters must include"
                + " 'X-Amz-Date'. Re-examine the query-string parameters."),
        arguments(
            "presigned: no X-Amz-Date",
            request(PRESIGNED_QUERY.replace("&X-Amz-Date=20150830T123600Z", "")),
            ErrorCode.INCOMPLETE_SIGNATURE,
            "AWS query-string parameters must include 'X-Amz-Date'. Re-examine the query-string"
                + " parameters."),
        arguments(
            "presigned: another algorithm",
            request(
                PRESIGNED_QUERY.replace(
                    "X-Amz-Algorithm=AWS4-HMAC-SHA256", "X-Amz-Algorithm=AWS4-ECDSA-P256-SHA256")),
            ErrorCode.INCOMPLETE_SIGNATURE,
            "X-Amz-Algorithm only supports \"AWS4-HMAC-SHA256\""),
        arguments(
            "presigned: a malformed X-Amz-Credential",
            request(PRESIGNED_QUERY.replace("%2Fsts%2Faws4_request", "")),
            ErrorCode.INCOMPLETE_SIGNATURE,
            "Credential is malformed; expecting"
                + " \"<AccessKeyId>/<YYYYMMDD>/<Region>/<Service>/aws4_request\"."
                + " Credential=AKIDEXAMPLE/20150830/us-east-1"),
        arguments(
            "presigned: an X-Amz-Date with fractional seconds",
            request(
                PRESIGNED_QUERY.replace(
                    "X-Amz-Date=20150830T123600Z", "X-Amz-Date=20150830T123600.5Z")),
            ErrorCode.INCOMPLETE_SIGNATURE,
            "Date must be in ISO-8601 'basic format'. Got '20150830T123600.5Z'."
                + " See http://en.wikipedia.org/wiki/ISO_8601"),
        arguments(
            "presigned: X-Amz-Expires not a number",
            request(PRESIGNED_QUERY.replace("X-Amz-Expires=60", "X-Amz-Expires=soon")),
            ErrorCode.INCOMPLETE_SIGNATURE,
            "X-Amz-Expires should be a number of seconds between 1 and 604800, not 'soon'."),
        arguments(
            "presigned: a negative X-Amz-Expires",
            request(PRESIGNED_QUERY.replace("X-Amz-Expires=60", "X-Amz-Expires=-60")),
            ErrorCode.INCOMPLETE_SIGNATURE,
            "X-Amz-Expires should be a number of seconds between 1 and 604800, not '-60'."),
        arguments(
            "presigned: an X-Amz-Expires beyond any long",
            request(
                PRESIGNED_QUERY.replace("X-Amz-Expires=60", "X-Amz-Expires=99999999999999999999")),
            ErrorCode.INCOMPLETE_SIGNATURE,
            "X-Amz-Expires should be a number of seconds between 1 and 604800, not"
                + " '99999999999999999999'."),
        arguments(
            "presigned: SignedHeaders without host",
            request(
                PRESIGNED_QUERY.replace(
                    "X-Amz-SignedHeaders=host%3Bx-k8s-aws-id", "X-Amz-SignedHeaders=x-k8s-aws-id")),
            ErrorCode.INCOMPLETE_SIGNATURE,
            "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedRequests")
  void givenMalformedRequest_from_failsWithAwsErrorCodeAndMessage(
      String description, SignedRequest request, ErrorCode code, String message) {
    AuthenticationException e =
        assertThrows(AuthenticationException.class, () -> SignatureClaim.from(request));

    assertEquals(code, e.code());
    assertEquals(message, e.getMessage());
  }

  /** Whatever prefix of a valid header arrives, the answer is a claim or an AWS error. */
  @Test
  void givenAuthorizationHeaderCutAnywhere_from_throwsNothingButAuthenticationException() {
    for (int end = 0; end <= AUTHORIZATION.length(); end++) {
      for (String date : new String[] {"20150830T123600Z", "20150830T1236", "Sun, 30 Aug 2015"}) {
        assertClaimOrAuthenticationError(
            request("", "Authorization", AUTHORIZATION.substring(0, end), "X-Amz-Date", date));
      }
    }
  }

  @Test
  void givenPresignedQueryCutAnywhere_from_throwsNothingButAuthenticationException() {
    for (int end = 0; end <= PRESIGNED_QUERY.length(); end++) {
      assertClaimOrAuthenticationError(request(PRESIGNED_QUERY.substring(0, end)));
      assertClaimOrAuthenticationError(request(PRESIGNED_QUERY.substring(end)));
    }
  }

  @Test
  void givenGarbageInput_from_throwsNothingButAuthenticationException() {
    String[] garbage = {
      "%",
      "%%",
      "%zz",
      "%F",
      "%FF%FE",
      "=",
      "==",
      "&&&",
      "+",
      "\u0000",
      "é",
      "\uD83D",
      "\uD83D\uDE00",
      ";",
      ";;",
      "/",
      "//////",
      ",",
      ", ,",
      "Credential=",
      "Signature==",
      "SignedHeaders=;"
    };
    for (String g : garbage) {
      assertClaimOrAuthenticationError(request(g));
      assertClaimOrAuthenticationError(request("X-Amz-Algorithm=" + g + "&X-Amz-Signature=" + g));
      assertClaimOrAuthenticationError(
          request(
              "X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential="
                  + g
                  + "&X-Amz-Date="
                  + g
                  + "&X-Amz-SignedHeaders="
                  + g
                  + "&X-Amz-Signature="
                  + g
                  + "&X-Amz-Expires="
                  + g));
      assertClaimOrAuthenticationError(request("", "Authorization", g, "X-Amz-Date", g));
      assertClaimOrAuthenticationError(
          request("", "Authorization", "AWS4-HMAC-SHA256 " + g, "Date", g));
      assertClaimOrAuthenticationError(
          request(
              "",
              "Authorization",
              "AWS4-HMAC-SHA256 Credential=" + g + ", SignedHeaders=" + g + ", Signature=" + g,
              "X-Amz-Date",
              "20150830T123600Z"));
    }
  }

  @Test
  void givenClaimsBuiltFromGarbage_verify_throwsNothingButAuthenticationException() {
    SignatureV4 signatureV4 = new SignatureV4();
    String[] paths = {"", "/", "//", "/..", "/../..", "/%", "/%zz", "/a b", "/\uD83D", "*", "a/b"};
    String[] queries = {"", "%", "=&=", "a=%", "X-Amz-Signature", "a=1&a", "%FF=%FE", "+=+"};
    for (String path : paths) {
      for (String query : queries) {
        SignedRequest request =
            new SignedRequest(
                "GET",
                path,
                query,
                Map.of("Host", List.of("h"), "X-Amz-Date", List.of("20150830T123600Z")),
                new byte[0]);
        SignatureClaim claim =
            new SignatureClaim(
                "AKID",
                new CredentialScope(LocalDate.of(2015, 8, 30), "us-east-1", "sts"),
                List.of("host", "x-amz-date", "missing"),
                "00",
                Instant.parse("2015-08-30T12:36:00Z"),
                Optional.empty(),
                Optional.empty(),
                query.contains("X-Amz-Signature"));
        AuthenticationException e =
            assertThrows(
                AuthenticationException.class, () -> signatureV4.verify(request, claim, "secret"));
        assertEquals(ErrorCode.SIGNATURE_DOES_NOT_MATCH, e.code());
      }
    }
  }

  private static void assertClaimOrAuthenticationError(SignedRequest request) {
    try {
      SignatureClaim.from(request);
    } catch (AuthenticationException expected) {
      // an AWS error is a fine answer
    } catch (RuntimeException e) {
      fail("from(" + request.rawQuery() + ", " + request.headers() + ") threw " + e, e);
    }
  }

  private static SignedRequest header(String credential, String signedHeaders) {
    return request(
        "",
        "Authorization",
        "AWS4-HMAC-SHA256 Credential="
            + credential
            + ", SignedHeaders="
            + signedHeaders
            + ", Signature=abc",
        "X-Amz-Date",
        "20150830T123600Z");
  }

  private static SignedRequest request(String rawQuery, String... headerPairs) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    headers.put("Host", List.of("sts.amazonaws.com"));
    for (int i = 0; i < headerPairs.length; i += 2) {
      headers.put(headerPairs[i], List.of(headerPairs[i + 1]));
    }
    return new SignedRequest("GET", "/", rawQuery, headers, new byte[0]);
  }
}
