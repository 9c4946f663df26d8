package org.opensts.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The AWS Query protocol on the wire: envelopes, headers, request forms, and protocol errors. */
class QueryProtocolSystemTest extends SystemTest {

  private static final Pattern REQUEST_ID =
      Pattern.compile("<RequestId>([0-9a-f-]{36})</RequestId>");
  private static SignedHttp alice;

  @BeforeAll
  static void signAsAlice() {
    alice = new SignedHttp(server.endpoint(), TestAccounts.ALICE);
  }

  @Test
  void givenSignedPost_getCallerIdentity_answersWithAwsEnvelopeAndHeaders() {
    HttpResponse<String> response = alice.post("Action=GetCallerIdentity&Version=2011-06-15");

    assertEquals(200, response.statusCode());
    assertEquals("text/xml", response.headers().firstValue("Content-Type").orElseThrow());
    String requestId = response.headers().firstValue("x-amzn-RequestId").orElseThrow();
    assertWireDate(response);
    assertTrue(
        response
            .body()
            .matches(
                "(?s)<GetCallerIdentityResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">\n"
                    + "  <GetCallerIdentityResult>\n"
                    + "    <Arn>arn:aws:iam::111111111111:user/alice</Arn>\n"
                    + "    <UserId>AIDA[A-Z2-7]{17}</UserId>\n"
                    + "    <Account>111111111111</Account>\n"
                    + "  </GetCallerIdentityResult>\n"
                    + "  <ResponseMetadata>\n"
                    + "    <RequestId>"
                    + requestId
                    + "</RequestId>\n"
                    + "  </ResponseMetadata>\n"
                    + "</GetCallerIdentityResponse>\n"),
        response.body());
  }

  @Test
  void givenSignedGetWithQueryString_getCallerIdentity_succeeds() {
    HttpResponse<String> response = alice.get("Action=GetCallerIdentity&Version=2011-06-15");

    assertEquals(200, response.statusCode(), response.body());
    assertTrue(response.body().contains("<Arn>arn:aws:iam::111111111111:user/alice</Arn>"));
  }

  @Test
  void givenPresignedUrl_getCallerIdentity_succeedsWithoutHeaders() {
    URI presigned = alice.presign("Action=GetCallerIdentity&Version=2011-06-15");

    HttpResponse<String> response =
        SignedHttp.send(HttpRequest.newBuilder(presigned).GET().build());

    assertEquals(200, response.statusCode(), response.body());
    assertTrue(response.body().contains("<Arn>arn:aws:iam::111111111111:user/alice</Arn>"));
  }

  @Test
  void givenPresignedUrlWithAlteredParameter_call_failsWithSignatureDoesNotMatch() {
    URI presigned = alice.presign("Action=GetCallerIdentity&Version=2011-06-15");
    URI altered =
        URI.create(
            presigned.toString().replace("Action=GetCallerIdentity", "Action=GetSessionToken"));

    HttpResponse<String> response = SignedHttp.send(HttpRequest.newBuilder(altered).GET().build());

    assertError(response, 403, "SignatureDoesNotMatch");
  }

  @Test
  void givenUnknownAction_call_failsWithInvalidAction() {
    HttpResponse<String> response = alice.post("Action=LaunchRockets&Version=2011-06-15");

    assertError(response, 400, "InvalidAction");
    assertTrue(
        response
            .body()
            .contains(
                "<Message>Could not find operation LaunchRockets for version 2011-06-15</Message>"));
  }

  @Test
  void givenUnknownVersion_call_failsWithInvalidAction() {
    HttpResponse<String> response = alice.post("Action=GetCallerIdentity&Version=1999-01-01");

    assertError(response, 400, "InvalidAction");
    assertTrue(
        response
            .body()
            .contains(
                "<Message>Could not find operation GetCallerIdentity for version 1999-01-01</Message>"));
  }

  @Test
  void givenNoAction_call_failsWithMissingAction() {
    assertError(alice.post("Version=2011-06-15"), 400, "MissingAction");
  }

  @Test
  void givenDurationThatIsNotANumber_getSessionToken_failsWithInvalidParameterValue() {
    assertError(
        alice.post("Action=GetSessionToken&Version=2011-06-15&DurationSeconds=soon"),
        400,
        "InvalidParameterValue");
  }

  @Test
  void givenUnsignedPost_call_failsWithMissingAuthenticationTokenInAwsEnvelope() {
    HttpResponse<String> response =
        SignedHttp.send(
            HttpRequest.newBuilder(server.endpoint())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "Action=GetCallerIdentity&Version=2011-06-15"))
                .build());

    assertError(response, 403, "MissingAuthenticationToken");
    String requestId = response.headers().firstValue("x-amzn-RequestId").orElseThrow();
    assertEquals(
        "<ErrorResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">\n"
            + "  <Error>\n"
            + "    <Type>Sender</Type>\n"
            + "    <Code>MissingAuthenticationToken</Code>\n"
            + "    <Message>Request is missing Authentication Token</Message>\n"
            + "  </Error>\n"
            + "  <RequestId>"
            + requestId
            + "</RequestId>\n"
            + "</ErrorResponse>\n",
        response.body());
  }

  @Test
  void givenMalformedAuthorizationHeader_call_failsWithIncompleteSignature() {
    HttpResponse<String> response =
        SignedHttp.send(
            HttpRequest.newBuilder(server.endpoint())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header(
                    "Authorization",
                    "AWS4-HMAC-SHA256 Credential=AKIAALPHAALICE000001/20250101/us-east-1/sts/aws4_request")
                .header("X-Amz-Date", "20250101T000000Z")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "Action=GetCallerIdentity&Version=2011-06-15"))
                .build());

    assertError(response, 400, "IncompleteSignature");
  }

  @Test
  void givenBodyOverTheLimit_call_failsWithRequestEntityTooLargeAndServerKeepsServing() {
    String huge =
        "Action=GetCallerIdentity&Version=2011-06-15&Padding=" + "x".repeat(2 * 1024 * 1024);
    HttpResponse<String> response =
        SignedHttp.send(
            HttpRequest.newBuilder(server.endpoint())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(huge))
                .build());

    assertError(response, 413, "RequestEntityTooLarge");
    assertEquals(200, alice.post("Action=GetCallerIdentity&Version=2011-06-15").statusCode());
  }

  @Test
  void givenMalformedUri_request_failsWithMalformedQueryStringInAwsEnvelope() throws Exception {
    String raw;
    try (Socket socket = new Socket("127.0.0.1", server.endpoint().getPort())) {
      socket.setSoTimeout(5000);
      socket
          .getOutputStream()
          .write(
              "GET /%zz?a=% HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
                  .getBytes(StandardCharsets.US_ASCII));
      raw = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    assertTrue(raw.startsWith("HTTP/1.1 404"), raw);
    assertTrue(raw.contains("Content-Type: text/xml"), raw);
    assertTrue(raw.contains("<Code>MalformedQueryString</Code>"), raw);
  }

  @Test
  void givenOptionsMethod_request_isAnsweredAsAnyOtherQueryRequest() {
    HttpResponse<String> response =
        SignedHttp.send(
            HttpRequest.newBuilder(server.endpoint())
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .build());

    assertError(response, 403, "MissingAuthenticationToken");
  }

  private static void assertError(HttpResponse<String> response, int status, String code) {
    assertEquals(status, response.statusCode(), response.body());
    assertEquals("text/xml", response.headers().firstValue("Content-Type").orElseThrow());
    assertTrue(
        response
            .body()
            .startsWith("<ErrorResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">"),
        response.body());
    assertTrue(response.body().contains("<Code>" + code + "</Code>"), response.body());
    Matcher id = REQUEST_ID.matcher(response.body());
    assertTrue(id.find(), response.body());
    assertEquals(id.group(1), response.headers().firstValue("x-amzn-RequestId").orElseThrow());
  }

  /** Clients compute their clock skew from the Date header, so it must be RFC 1123 and current. */
  private static void assertWireDate(HttpResponse<String> response) {
    ZonedDateTime date =
        ZonedDateTime.parse(
            response.headers().firstValue("Date").orElseThrow(),
            DateTimeFormatter.RFC_1123_DATE_TIME);
    assertTrue(
        Duration.between(date, ZonedDateTime.now())
                .abs()
                .compareTo(Duration.of(1, ChronoUnit.MINUTES))
            < 0);
  }
}
