package org.opensts.domain.signature;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opensts.domain.error.ErrorCode;
import org.opensts.domain.error.InvalidRequestException;

/** The request as SigV4 sees it: its body, or only the body's hash. */
class SignedRequestTest {

  private static final Map<String, List<String>> HEADERS = Map.of("Host", List.of("example.com"));

  /** SHA-256 of "hello". */
  private static final String HELLO_SHA256 =
      "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824";

  @Test
  void givenABody_bodySha256_isTheBodysHash() {
    SignedRequest request =
        new SignedRequest("PUT", "/", "", HEADERS, "hello".getBytes(StandardCharsets.UTF_8));

    assertEquals(HELLO_SHA256, request.bodySha256());
    assertEquals("", request.payloadSha256());
  }

  @Test
  void givenNoBody_bodySha256_isTheEmptyBodysHash() {
    SignedRequest request = new SignedRequest("GET", "/", "", HEADERS, null);

    assertEquals(
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", request.bodySha256());
  }

  @Test
  void givenTheBodysHashInUpperCase_withPayloadSha256_keepsItInLowerCaseWithoutABody() {
    SignedRequest request =
        SignedRequest.withPayloadSha256("PUT", "/", "", HEADERS, HELLO_SHA256.toUpperCase());

    assertEquals(HELLO_SHA256, request.bodySha256());
    assertArrayEquals(new byte[0], request.payload());
  }

  static Stream<Arguments> invalidHashes() {
    return Stream.of(
        arguments("empty", ""),
        arguments("63 hex digits", HELLO_SHA256.substring(1)),
        arguments("65 hex digits", HELLO_SHA256 + "0"),
        arguments("a non-hex character", "g" + HELLO_SHA256.substring(1)),
        arguments("UNSIGNED-PAYLOAD, which only a signature may declare", "UNSIGNED-PAYLOAD"),
        arguments("surrounding white space", " " + HELLO_SHA256 + " "));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidHashes")
  void givenAHashThatIsNot64HexDigits_withPayloadSha256_failsWithValidationError(
      String description, String hash) {
    InvalidRequestException e =
        assertThrows(
            InvalidRequestException.class,
            () -> SignedRequest.withPayloadSha256("PUT", "/", "", HEADERS, hash));

    assertEquals(ErrorCode.VALIDATION_ERROR, e.code());
  }

  @Test
  void givenBothTheBodyAndItsHash_theRequest_failsWithValidationError() {
    InvalidRequestException e =
        assertThrows(
            InvalidRequestException.class,
            () ->
                new SignedRequest(
                    "PUT",
                    "/",
                    "",
                    HEADERS,
                    "hello".getBytes(StandardCharsets.UTF_8),
                    HELLO_SHA256));

    assertEquals(ErrorCode.VALIDATION_ERROR, e.code());
  }

  @Test
  void givenHeadersDifferingOnlyInCase_headerValues_findsThemAllInArrivalOrderByAnyCase() {
    Map<String, List<String>> sent = new LinkedHashMap<>();
    sent.put("X-Amz-Meta", List.of("a"));
    sent.put("x-amz-meta", List.of("b", "c"));
    Map<String, List<String>> built =
        new SignedRequest.HeadersBuilder(3)
            .add("X-Amz-Meta", "a")
            .add("x-amz-meta", "b")
            .add("X-AMZ-META", "c")
            .build();

    SignedRequest fromMap = new SignedRequest("GET", "/", "", sent, null);
    SignedRequest fromBuilder = new SignedRequest("GET", "/", "", built, null);

    assertEquals(List.of("a", "b", "c"), fromMap.headerValues("X-AMZ-META"));
    assertEquals(List.of("a", "b", "c"), fromBuilder.headerValues("x-Amz-meta"));
    assertEquals(fromMap.headers(), fromBuilder.headers());
  }

  @Test
  void givenBuiltHeaders_theBuilderAndTheMap_takeNoMore() {
    SignedRequest.HeadersBuilder builder = new SignedRequest.HeadersBuilder(1).add("Host", "a");
    Map<String, List<String>> built = builder.build();

    assertThrows(IllegalStateException.class, () -> builder.add("Host", "b"));
    assertThrows(UnsupportedOperationException.class, () -> built.put("host", List.of("b")));
    assertThrows(UnsupportedOperationException.class, () -> built.get("host").add("b"));
    assertEquals(Map.of("host", List.of("a")), built);
  }
}
