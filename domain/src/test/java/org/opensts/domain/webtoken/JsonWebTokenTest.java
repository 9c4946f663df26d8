package org.opensts.domain.webtoken;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.opensts.domain.error.ErrorCode;
import org.opensts.domain.error.OutboundFederationException;
import org.opensts.domain.identity.Tag;
import org.opensts.domain.webtoken.WebIdentityTokenClaims.AwsClaims;

/** The compact JWT GetWebIdentityToken returns: its header, payload and signature. */
class JsonWebTokenTest {

  private static final Instant ISSUED = Instant.parse("2025-01-01T00:00:00Z");

  @ParameterizedTest
  @EnumSource(SigningAlgorithm.class)
  void givenAKey_sign_writesTheHeaderAndPayloadAndASignatureTheJdkVerifies(
      SigningAlgorithm algorithm) throws Exception {
    WebTokenSigningKey key = key(algorithm);

    String token = JsonWebToken.sign(claims(List.of("aud"), List.of()), key);

    String[] parts = token.split("\\.");
    assertEquals(3, parts.length);
    assertEquals(
        "{\"typ\":\"JWT\",\"alg\":\"" + algorithm + "\",\"kid\":\"" + key.keyId() + "\"}",
        decode(parts[0]));
    assertTrue(!token.contains("="), "base64url without padding");
    byte[] signature = Base64.getUrlDecoder().decode(parts[2]);
    if (algorithm == SigningAlgorithm.ES384) {
      assertEquals(96, signature.length, "JWS's R || S, 48 bytes each");
    }
    Signature verifier = Signature.getInstance(JsonWebToken.jcaName(algorithm));
    verifier.initVerify(key.keyPair().getPublic());
    verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
    assertTrue(verifier.verify(signature));
  }

  @Test
  void givenOneAudience_thePayload_hasItAsAStringAndAwsClaimsUnderTheNamespace() {
    String payload =
        claims(List.of("https://api.example.com"), List.of(new Tag("job", "x"))).toJson();

    assertEquals(
        "{\"iss\":\"https://issuer\",\"sub\":\"arn:aws:iam::111111111111:user/alice\","
            + "\"aud\":\"https://api.example.com\",\"iat\":1735689600,\"exp\":1735689900,"
            + "\"jti\":\"0b7c8e38-3a9f-4c1e-9d55-3a2b1c0d9e8f\",\"https://sts.amazonaws.com/\":"
            + "{\"aws_account\":\"111111111111\",\"source_region\":\"us-east-1\","
            + "\"principal_id\":\"arn:aws:iam::111111111111:user/alice\","
            + "\"principal_tags\":{\"team\":\"data\"},"
            + "\"original_session_exp\":\"2025-01-01T01:00:00Z\","
            + "\"request_tags\":{\"job\":\"x\"}}}",
        payload);
  }

  @Test
  void givenSeveralAudiences_thePayload_hasThemAsAnArray() {
    assertTrue(claims(List.of("a", "b"), List.of()).toJson().contains("\"aud\":[\"a\",\"b\"]"));
  }

  @Test
  void givenFiftyOfTheLongestTags_sign_failsWithJwtPayloadSizeExceeded() throws Exception {
    List<Tag> tags =
        IntStream.range(0, 50)
            .mapToObj(i -> new Tag(String.format("%03d", i) + "k".repeat(125), "v".repeat(256)))
            .toList();

    OutboundFederationException error =
        assertThrows(
            OutboundFederationException.class,
            () -> JsonWebToken.sign(claims(List.of("a"), tags), key(SigningAlgorithm.RS256)));
    assertEquals(ErrorCode.JWT_PAYLOAD_SIZE_EXCEEDED, error.code());
  }

  static WebTokenSigningKey key(SigningAlgorithm algorithm) throws Exception {
    KeyPairGenerator generator;
    if (algorithm == SigningAlgorithm.RS256) {
      generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
    } else {
      generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp384r1"));
    }
    return new WebTokenSigningKey(
        algorithm.keyId(0), algorithm, generator.generateKeyPair(), ISSUED, null);
  }

  private static WebIdentityTokenClaims claims(List<String> audience, List<Tag> requestTags) {
    String alice = "arn:aws:iam::111111111111:user/alice";
    return new WebIdentityTokenClaims(
        "https://issuer",
        alice,
        audience,
        ISSUED,
        ISSUED.plusSeconds(300),
        "0b7c8e38-3a9f-4c1e-9d55-3a2b1c0d9e8f",
        new AwsClaims(
            "111111111111",
            "us-east-1",
            alice,
            List.of(new Tag("team", "data")),
            ISSUED.plusSeconds(3600),
            null,
            null,
            requestTags));
  }

  private static String decode(String part) {
    return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
  }
}
