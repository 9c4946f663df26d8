package org.opensts.domain.signature;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each step of the canonical request, as tables of the rules in
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html, and AWS's published
 * worked examples end to end.
 */
class CanonicalRequestTest {

  private static final String EMPTY_SHA256 =
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

  static Stream<Arguments> canonicalUris() {
    return Stream.of(
        arguments("an empty path is the root", "", "/"),
        arguments("the root stays the root", "/", "/"),
        arguments("a plain path is kept", "/a/b", "/a/b"),
        arguments("a doubled slash collapses", "/a//b", "/a/b"),
        arguments("a leading doubled slash collapses", "//a/b", "/a/b"),
        arguments("a '.' segment goes", "/a/./b", "/a/b"),
        arguments("a '..' segment removes its parent", "/a/b/../c", "/a/c"),
        arguments("'..' above the root stops at the root", "/../a", "/a"),
        arguments("a trailing slash is kept", "/a/b/", "/a/b/"),
        arguments("a trailing '.' leaves no slash", "/a/b/.", "/a/b"),
        arguments("a trailing '..' leaves no slash", "/a/b/..", "/a"),
        arguments("only dot segments leave the root", "/./../.", "/"),
        arguments("an encoded space is encoded again", "/a%20b", "/a%2520b"),
        arguments("an encoded slash is encoded again, not split", "/a%2Fb", "/a%252Fb"),
        arguments("encoded UTF-8 is encoded again", "/caf%C3%A9", "/caf%25C3%25A9"),
        arguments("a tilde is unreserved", "/~user", "/~user"),
        arguments("a plus is encoded", "/a+b", "/a%2Bb"),
        arguments("an asterisk is encoded", "/a*b", "/a%2Ab"),
        arguments("a raw space is encoded", "/a b", "/a%20b"),
        arguments("raw UTF-8 is encoded", "/café", "/caf%C3%A9"),
        arguments("an encoded dot is not a dot segment", "/a/%2E%2E/b", "/a/%252E%252E/b"),
        arguments("a path without a leading slash gets one", "a/b", "/a/b"));
  }

  @ParameterizedTest(name = "{0}: {1} -> {2}")
  @MethodSource("canonicalUris")
  void givenRawPath_canonicalUri_normalisesAndEncodesTwice(
      String rule, String rawPath, String expected) {
    assertEquals(expected, CanonicalRequest.canonicalUri(rawPath));
  }

  static Stream<Arguments> canonicalQueryStrings() {
    return Stream.of(
        arguments("no query is an empty line", "", false, ""),
        arguments("parameters sort by name", "b=2&a=1", false, "a=1&b=2"),
        arguments("upper case sorts before lower case", "a=1&B=2&A=3", false, "A=3&B=2&a=1"),
        arguments("a repeated name sorts by value", "a=2&a=10&a=1", false, "a=1&a=10&a=2"),
        arguments("a name without '=' gets an empty value", "a", false, "a="),
        arguments("an empty value stays empty", "a=", false, "a="),
        arguments("a parameter without a name is not signed", "=x&a=1", false, "a=1"),
        arguments("empty pieces are ignored", "a=1&&b=2&", false, "a=1&b=2"),
        arguments("%20 stays %20", "a=x%20y", false, "a=x%20y"),
        arguments("'+' is a space", "a=x+y", false, "a=x%20y"),
        arguments("an encoded plus stays encoded", "a=x%2By", false, "a=x%2By"),
        arguments("lower-case escapes become upper case", "a=%2f%3d", false, "a=%2F%3D"),
        arguments("an encoded tilde is decoded", "a=%7E", false, "a=~"),
        arguments("an asterisk is encoded", "a=*", false, "a=%2A"),
        arguments(
            "reserved characters are encoded",
            "a=:/?#[]@!$'()",
            false,
            "a=%3A%2F%3F%23%5B%5D%40%21%24%27%28%29"),
        arguments("UTF-8 escapes stay", "%E2%82%AC=%C3%BC", false, "%E2%82%AC=%C3%BC"),
        arguments("raw UTF-8 is encoded", "a=ü", false, "a=%C3%BC"),
        arguments("a malformed escape is taken literally", "a=%zz&b=%", false, "a=%25zz&b=%25"),
        arguments("bytes that are not UTF-8 survive", "a=%FF", false, "a=%FF"),
        arguments("only the first '=' separates", "a=b=c", false, "a=b%3Dc"),
        arguments(
            "a header-form request signs an X-Amz-Signature parameter like any other",
            "X-Amz-Signature=abc&a=1",
            false,
            "X-Amz-Signature=abc&a=1"),
        arguments(
            "a presigned request leaves its own signature out",
            "a=1&X-Amz-Signature=abc&X-Amz-Date=20150830T123600Z",
            true,
            "X-Amz-Date=20150830T123600Z&a=1"));
  }

  @ParameterizedTest(name = "{0}: {1} -> {3}")
  @MethodSource("canonicalQueryStrings")
  void givenRawQuery_canonicalQueryString_reencodesAndSorts(
      String rule, String rawQuery, boolean presigned, String expected) {
    assertEquals(expected, CanonicalRequest.canonicalQueryString(rawQuery, presigned));
  }

  static Stream<Arguments> canonicalHeaders() {
    return Stream.of(
        arguments("a value is kept", Map.of("X-A", List.of("v")), List.of("x-a"), "x-a:v\n"),
        arguments(
            "leading and trailing spaces are trimmed",
            Map.of("X-A", List.of("   v  ")),
            List.of("x-a"),
            "x-a:v\n"),
        arguments(
            "inner runs of spaces collapse to one",
            Map.of("X-A", List.of("a    b  c")),
            List.of("x-a"),
            "x-a:a b c\n"),
        arguments(
            "tabs and other white space count as spaces",
            Map.of("X-A", List.of("\ta\t\tb \u000b c\f")),
            List.of("x-a"),
            "x-a:a b c\n"),
        arguments(
            "several values join with commas, each trimmed",
            Map.of("X-A", List.of(" 1 ", "2  2", "3")),
            List.of("x-a"),
            "x-a:1,2 2,3\n"),
        arguments(
            "names are matched without regard to case and written in lower case",
            Map.of("X-Mixed-CASE", List.of("v")),
            List.of("x-mixed-case"),
            "x-mixed-case:v\n"),
        arguments(
            "only signed headers appear, in order",
            Map.of("B", List.of("2"), "A", List.of("1"), "Unsigned", List.of("x")),
            List.of("a", "b"),
            "a:1\nb:2\n"),
        arguments(
            "a signed header the request lacks is empty",
            Map.of("A", List.of("1")),
            List.of("a", "missing"),
            "a:1\nmissing:\n"),
        arguments(
            "a value of only white space is empty",
            Map.of("A", List.of(" \t  ")),
            List.of("a"),
            "a:\n"),
        arguments(
            "single inner spaces are kept, around long text too",
            Map.of("A", List.of("x".repeat(600) + " y z")),
            List.of("a"),
            "a:" + "x".repeat(600) + " y z\n"),
        arguments("an empty value is empty", Map.of("A", List.of("")), List.of("a"), "a:\n"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("canonicalHeaders")
  void givenHeaders_canonicalHeaders_trimsCollapsesAndJoins(
      String rule, Map<String, List<String>> headers, List<String> signed, String expected) {
    SignedRequest request = new SignedRequest("GET", "/", "", headers, new byte[0]);

    assertEquals(expected, CanonicalRequest.canonicalHeaders(request, signed));
  }

  static Stream<Arguments> hashedPayloads() {
    String body = "Action=GetCallerIdentity&Version=2011-06-15";
    String bodyHash = Digests.sha256Hex(body.getBytes(StandardCharsets.UTF_8));
    return Stream.of(
        arguments("no body hashes the empty string", Map.of(), "", "", false, EMPTY_SHA256),
        arguments("a body is hashed", Map.of(), "", body, false, bodyHash),
        arguments(
            "x-amz-content-sha256: UNSIGNED-PAYLOAD leaves the body out",
            Map.of("X-Amz-Content-Sha256", List.of("UNSIGNED-PAYLOAD")),
            "",
            body,
            false,
            "UNSIGNED-PAYLOAD"),
        arguments(
            "a declared hash that is the body's is the body's",
            Map.of("X-Amz-Content-Sha256", List.of(bodyHash)),
            "",
            body,
            false,
            bodyHash),
        arguments(
            "a declared hash that is not the body's loses to the body's real hash",
            Map.of("X-Amz-Content-Sha256", List.of(EMPTY_SHA256)),
            "",
            body,
            false,
            bodyHash),
        arguments(
            "a presigned URL may declare UNSIGNED-PAYLOAD in its query",
            Map.of(),
            "X-Amz-Content-Sha256=UNSIGNED-PAYLOAD",
            "",
            true,
            "UNSIGNED-PAYLOAD"),
        arguments(
            "a header-form request may not declare it in its query",
            Map.of(),
            "X-Amz-Content-Sha256=UNSIGNED-PAYLOAD",
            "",
            false,
            EMPTY_SHA256),
        arguments(
            "a presigned URL without a body hashes the empty string",
            Map.of(),
            "",
            "",
            true,
            EMPTY_SHA256));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hashedPayloads")
  void givenBodyAndDeclaration_hashedPayload_isWhatTheSignatureCovers(
      String rule,
      Map<String, List<String>> headers,
      String rawQuery,
      String body,
      boolean presigned,
      String expected) {
    SignedRequest request =
        new SignedRequest("POST", "/", rawQuery, headers, body.getBytes(StandardCharsets.UTF_8));

    assertEquals(expected, CanonicalRequest.hashedPayload(request, presigned));
  }

  /**
   * AWS's published examples: the IAM User Guide's ListUsers request and the SigV4 test suite's
   * get-vanilla, get-vanilla-query-order-key-case and post-vanilla, all signed with AKIDEXAMPLE /
   * wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY at 20150830T123600Z.
   */
  static Stream<Arguments> awsExamples() {
    return Stream.of(
        arguments(
            "IAM User Guide: GET ListUsers",
            new SignedRequest(
                "GET",
                "/",
                "Action=ListUsers&Version=2010-05-08",
                headers(
                    "Content-Type", "application/x-www-form-urlencoded; charset=utf-8",
                    "Host", "iam.amazonaws.com"),
                new byte[0]),
            "iam",
            "content-type;host;x-amz-date",
            "GET\n/\nAction=ListUsers&Version=2010-05-08\n"
                + "content-type:application/x-www-form-urlencoded; charset=utf-8\n"
                + "host:iam.amazonaws.com\nx-amz-date:20150830T123600Z\n\n"
                + "content-type;host;x-amz-date\n"
                + EMPTY_SHA256,
            "f536975d06c0309214f805bb90ccff089219ecd68b2577efef23edd43b7e1a59",
            "5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7"),
        arguments(
            "test suite: get-vanilla",
            new SignedRequest(
                "GET", "/", "", headers("Host", "example.amazonaws.com"), new byte[0]),
            "service",
            "host;x-amz-date",
            "GET\n/\n\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\nhost;x-amz-date\n"
                + EMPTY_SHA256,
            "bb579772317eb040ac9ed261061d46c1f17a8133879d6129b6e1c25292927e63",
            "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"),
        arguments(
            "test suite: get-vanilla-query-order-key-case",
            new SignedRequest(
                "GET",
                "/",
                "Param2=value2&Param1=value1",
                headers("Host", "example.amazonaws.com"),
                new byte[0]),
            "service",
            "host;x-amz-date",
            "GET\n/\nParam1=value1&Param2=value2\nhost:example.amazonaws.com\n"
                + "x-amz-date:20150830T123600Z\n\nhost;x-amz-date\n"
                + EMPTY_SHA256,
            null,
            "b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500"),
        arguments(
            "test suite: post-vanilla",
            new SignedRequest(
                "POST", "/", "", headers("Host", "example.amazonaws.com"), new byte[0]),
            "service",
            "host;x-amz-date",
            "POST\n"
                + "/\n\n"
                + "host:example.amazonaws.com\n"
                + "x-amz-date:20150830T123600Z\n\n"
                + "host;x-amz-date\n"
                + EMPTY_SHA256,
            null,
            "5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("awsExamples")
  void givenAwsPublishedExample_canonicalRequestAndSignature_matchAws(
      String example,
      SignedRequest unsigned,
      String service,
      String signedHeaders,
      String canonicalRequest,
      String canonicalRequestHash,
      String signature) {
    Map<String, List<String>> headers = new LinkedHashMap<>(unsigned.headers());
    headers.put("X-Amz-Date", List.of("20150830T123600Z"));
    headers.put(
        "Authorization",
        List.of(
            "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/"
                + service
                + "/aws4_request, SignedHeaders="
                + signedHeaders
                + ", Signature="
                + signature));
    SignedRequest request =
        new SignedRequest(
            unsigned.method(), unsigned.rawPath(), unsigned.rawQuery(), headers, new byte[0]);
    SignatureClaim claim = SignatureClaim.from(request);

    CanonicalRequest canonical = CanonicalRequest.from(request, claim);

    assertEquals(canonicalRequest, canonical.toString());
    if (canonicalRequestHash != null) {
      assertEquals(canonicalRequestHash, canonical.hash());
      assertEquals(
          "AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/"
              + service
              + "/aws4_request\n"
              + canonicalRequestHash,
          StringToSign.of(claim, canonical).toString());
    }
    assertDoesNotThrow(
        () -> new SignatureV4().verify(request, claim, "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"));
  }

  private static Map<String, List<String>> headers(String... pairs) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      headers.put(pairs[i], List.of(pairs[i + 1]));
    }
    return headers;
  }
}
