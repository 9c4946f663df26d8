package org.opensts.adapter.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opensts.application.port.out.WebIdentityTokenVerifier.VerifiedWebIdentity;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.error.ErrorCode;
import org.opensts.domain.error.IdentityProviderException;
import org.opensts.domain.iam.OpenIdConnectProvider;
import org.opensts.domain.identity.Tag;

class JwtWebIdentityTokenVerifierTest {

  private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
  private static final long T = NOW.getEpochSecond();
  private static TestIssuer issuer;
  private static JwtWebIdentityTokenVerifier verifier;

  @BeforeAll
  static void start() throws IOException {
    issuer = new TestIssuer();
    verifier = new JwtWebIdentityTokenVerifier(true, Map.of());
  }

  @AfterAll
  static void stop() {
    issuer.close();
  }

  private static Function<String, Optional<OpenIdConnectProvider>> registered(String url) {
    OpenIdConnectProvider provider =
        new OpenIdConnectProvider(
            AccountId.of("123456789012"),
            url,
            List.of("client-a", "client-b"),
            List.of(),
            List.of(),
            NOW);
    return u -> u.equals(url) ? Optional.of(provider) : Optional.empty();
  }

  private static VerifiedWebIdentity verify(JwtWebIdentityTokenVerifier verifier, String token) {
    return verifier.verify(token, registered(issuer.url()), NOW);
  }

  static Stream<Arguments> algorithms() {
    return Stream.of(
        Arguments.of("RS256", "rsa-1"),
        Arguments.of("RS384", "rsa-1"),
        Arguments.of("RS512", "rsa-1"),
        Arguments.of("PS256", "rsa-1"),
        Arguments.of("PS384", "rsa-1"),
        Arguments.of("PS512", "rsa-1"),
        Arguments.of("ES256", "ec-256"),
        Arguments.of("ES384", "ec-384"),
        Arguments.of("ES512", "ec-521"));
  }

  private static KeyPair keyOf(String kid) {
    return switch (kid) {
      case "rsa-1" -> issuer.rsa;
      case "ec-256" -> issuer.ecP256;
      case "ec-384" -> issuer.ecP384;
      default -> issuer.ecP521;
    };
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("algorithms")
  void givenTokenSignedWithAllowedAlgorithm_verify_returnsItsClaims(String alg, String kid) {
    ObjectNode claims = issuer.claims(T);
    claims.putArray("amr").add("pwd").add("mfa");
    String token = TestIssuer.sign(alg, kid, claims, keyOf(kid).getPrivate());

    VerifiedWebIdentity identity = verify(verifier, token);

    assertEquals("user-123", identity.subject());
    assertEquals("client-a", identity.audience());
    assertEquals(List.of("pwd", "mfa"), identity.amr());
    assertEquals(issuer.url(), identity.provider().url());
  }

  @Test
  void givenTagsAndSourceIdentityClaims_verify_returnsThem() {
    ObjectNode claims =
        issuer.claims(T).put(JwtWebIdentityTokenVerifier.SOURCE_IDENTITY_CLAIM, "alice");
    ObjectNode tags = claims.putObject(JwtWebIdentityTokenVerifier.TAGS_CLAIM);
    tags.putObject("principal_tags").putArray("Project").add("Automation");
    tags.putArray("transitive_tag_keys").add("Project");
    claims.putArray("aud").add("other").add("client-b");

    VerifiedWebIdentity identity =
        verify(verifier, TestIssuer.sign("RS256", "rsa-1", claims, issuer.rsa.getPrivate()));

    assertEquals(List.of(new Tag("Project", "Automation")), identity.principalTags());
    assertEquals(List.of("Project"), identity.transitiveTagKeys());
    assertEquals("alice", identity.sourceIdentity());
    assertEquals("client-b", identity.audience());
  }

  static Stream<Arguments> refusedTokens() {
    KeyPair attacker = TestIssuer.generate("RSA", 2048, null);
    return Stream.of(
        Arguments.of(
            "alg none without signature",
            (Function<ObjectNode, String>)
                c ->
                    TestIssuer.b64(TestIssuer.bytes("{\"alg\":\"none\"}"))
                        + "."
                        + TestIssuer.b64(TestIssuer.bytes(c.toString()))
                        + ".",
            "not a well-formed JWT"),
        Arguments.of(
            "alg none with a signature part",
            (Function<ObjectNode, String>)
                c ->
                    TestIssuer.b64(TestIssuer.bytes("{\"alg\":\"none\",\"kid\":\"rsa-1\"}"))
                        + "."
                        + TestIssuer.b64(TestIssuer.bytes(c.toString()))
                        + ".AAAA",
            "not supported: none"),
        Arguments.of(
            "HS256 keyed with the issuer's RSA public key",
            (Function<ObjectNode, String>) JwtWebIdentityTokenVerifierTest::hmacWithPublicKey,
            "not supported: HS256"),
        Arguments.of(
            "unknown kid",
            (Function<ObjectNode, String>)
                c -> TestIssuer.sign("RS256", "nobody", c, issuer.rsa.getPrivate()),
            "kid"),
        Arguments.of(
            "signed by another key under the issuer's kid",
            (Function<ObjectNode, String>)
                c -> TestIssuer.sign("RS256", "rsa-1", c, attacker.getPrivate()),
            "signature is invalid"),
        Arguments.of(
            "ES256 token naming an RSA key",
            (Function<ObjectNode, String>)
                c -> TestIssuer.sign("ES256", "rsa-1", c, issuer.ecP256.getPrivate()),
            "kid"),
        Arguments.of(
            "payload changed after signing",
            (Function<ObjectNode, String>)
                c -> {
                  String[] parts =
                      TestIssuer.sign("RS256", "rsa-1", c, issuer.rsa.getPrivate()).split("\\.");
                  String forged = c.deepCopy().put("sub", "admin").toString();
                  return parts[0] + "." + TestIssuer.b64(TestIssuer.bytes(forged)) + "." + parts[2];
                },
            "signature is invalid"),
        Arguments.of(
            "jku, x5u and jwk pointing at the attacker's key",
            (Function<ObjectNode, String>)
                c -> {
                  ObjectNode header =
                      TestIssuer.JSON
                          .createObjectNode()
                          .put("alg", "RS256")
                          .put("kid", "rsa-1")
                          .put("jku", "http://127.0.0.1:1/attacker-jwks")
                          .put("x5u", "http://127.0.0.1:1/attacker.pem");
                  header.set("jwk", TestIssuer.jwk("rsa-1", attacker));
                  return TestIssuer.sign(header, c, attacker.getPrivate());
                },
            "signature is invalid"),
        Arguments.of(
            "padding in a part",
            (Function<ObjectNode, String>)
                c -> TestIssuer.sign("RS256", "rsa-1", c, issuer.rsa.getPrivate()) + "==",
            "not a well-formed JWT"),
        Arguments.of(
            "four parts",
            (Function<ObjectNode, String>)
                c -> TestIssuer.sign("RS256", "rsa-1", c, issuer.rsa.getPrivate()) + ".AAAA",
            "not a well-formed JWT"),
        Arguments.of(
            "crit header",
            (Function<ObjectNode, String>)
                c -> {
                  ObjectNode header =
                      TestIssuer.JSON.createObjectNode().put("alg", "RS256").put("kid", "rsa-1");
                  header.putArray("crit").add("b64");
                  return TestIssuer.sign(header, c, issuer.rsa.getPrivate());
                },
            "header extensions"));
  }

  private static String hmacWithPublicKey(ObjectNode claims) {
    try {
      String input =
          TestIssuer.b64(TestIssuer.bytes("{\"alg\":\"HS256\",\"kid\":\"rsa-1\"}"))
              + "."
              + TestIssuer.b64(TestIssuer.bytes(claims.toString()));
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(issuer.rsa.getPublic().getEncoded(), "HmacSHA256"));
      return input + "." + TestIssuer.b64(mac.doFinal(TestIssuer.bytes(input)));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedTokens")
  void givenForgedOrMalformedToken_verify_failsWithInvalidIdentityToken(
      String name, Function<ObjectNode, String> token, String messagePart) {
    IdentityProviderException e =
        assertThrows(
            IdentityProviderException.class, () -> verify(verifier, token.apply(issuer.claims(T))));

    assertEquals(ErrorCode.INVALID_IDENTITY_TOKEN, e.code());
    assertContains(e.getMessage(), messagePart);
  }

  static Stream<Arguments> refusedClaims() {
    return Stream.of(
        Arguments.of(
            "nbf beyond the skew",
            (UnaryOperator<ObjectNode>) c -> c.put("nbf", T + 600),
            "not valid yet"),
        Arguments.of(
            "iat beyond the skew",
            (UnaryOperator<ObjectNode>) c -> c.put("iat", T + 600),
            "issued in the future"),
        Arguments.of("no sub", (UnaryOperator<ObjectNode>) c -> c.without("sub"), "no sub"),
        Arguments.of(
            "another audience",
            (UnaryOperator<ObjectNode>) c -> c.put("aud", "client-z"),
            "Incorrect token audience"),
        Arguments.of("no exp", (UnaryOperator<ObjectNode>) c -> c.without("exp"), "(exp)"),
        Arguments.of(
            "exp as a string",
            (UnaryOperator<ObjectNode>) c -> c.put("exp", Long.toString(T + 600)),
            "integer"),
        Arguments.of(
            "exp with a fraction",
            (UnaryOperator<ObjectNode>) c -> c.put("exp", T + 600.5),
            "integer"),
        Arguments.of(
            "a principal tag with two values",
            (UnaryOperator<ObjectNode>)
                c -> {
                  c.putObject(JwtWebIdentityTokenVerifier.TAGS_CLAIM)
                      .putObject("principal_tags")
                      .putArray("k")
                      .add("a")
                      .add("b");
                  return c;
                },
            "exactly one"),
        Arguments.of(
            "an issuer without a provider",
            (UnaryOperator<ObjectNode>) c -> c.put("iss", "https://elsewhere.example.com"),
            "No OpenIDConnect provider found in your account for https://elsewhere.example.com"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedClaims")
  void givenRefusedClaims_verify_failsWithInvalidIdentityToken(
      String name, UnaryOperator<ObjectNode> change, String messagePart) {
    String token =
        TestIssuer.sign("RS256", "rsa-1", change.apply(issuer.claims(T)), issuer.rsa.getPrivate());

    IdentityProviderException e =
        assertThrows(IdentityProviderException.class, () -> verify(verifier, token));

    assertEquals(ErrorCode.INVALID_IDENTITY_TOKEN, e.code());
    assertContains(e.getMessage(), messagePart);
  }

  @Test
  void givenExpiredToken_verify_failsWithAwsExpiredMessage() {
    ObjectNode claims = issuer.claims(T - 3600).put("exp", T - 301);
    String token = TestIssuer.sign("RS256", "rsa-1", claims, issuer.rsa.getPrivate());

    IdentityProviderException e =
        assertThrows(IdentityProviderException.class, () -> verify(verifier, token));

    assertEquals(ErrorCode.EXPIRED_IDENTITY_TOKEN, e.code());
    assertEquals(
        "Token expired: current date/time "
            + T
            + " must be before the expiration date/time "
            + (T - 301),
        e.getMessage());
  }

  @Test
  void givenTokenExpiredWithinTheSkew_verify_acceptsIt() {
    ObjectNode claims = issuer.claims(T - 3600).put("exp", T - 60);

    verify(verifier, TestIssuer.sign("RS256", "rsa-1", claims, issuer.rsa.getPrivate()));
  }

  @Test
  void givenHttpIssuerWhileNotAllowed_verify_refusesIt() {
    JwtWebIdentityTokenVerifier strict = new JwtWebIdentityTokenVerifier(false, Map.of());
    String token = TestIssuer.sign("RS256", "rsa-1", issuer.claims(T), issuer.rsa.getPrivate());

    IdentityProviderException e =
        assertThrows(IdentityProviderException.class, () -> verify(strict, token));

    assertContains(e.getMessage(), "must use https");
  }

  @Test
  void givenCachedKeys_verify_fetchesTheJwksOnceAndRefreshesForUnknownKidAtMostOncePerInterval() {
    JwtWebIdentityTokenVerifier fresh =
        new JwtWebIdentityTokenVerifier(
            true,
            Map.of(),
            Duration.ofSeconds(3),
            Duration.ofHours(1),
            Duration.ofSeconds(30),
            JwksFetchObserver.NONE);
    int before = issuer.jwksRequests.get();
    for (int i = 0; i < 3; i++) {
      verify(fresh, TestIssuer.sign("RS256", "rsa-1", issuer.claims(T), issuer.rsa.getPrivate()));
    }
    assertEquals(before + 1, issuer.jwksRequests.get());

    // An unknown kid within the refresh interval of the last fetch: no new fetch.
    String unknown = TestIssuer.sign("RS256", "rotated", issuer.claims(T), issuer.rsa.getPrivate());
    assertThrows(IdentityProviderException.class, () -> verify(fresh, unknown));
    assertThrows(IdentityProviderException.class, () -> verify(fresh, unknown));
    assertEquals(before + 1, issuer.jwksRequests.get());

    // After the interval, the rotated key is fetched once and then served from the cache.
    KeyPair rotated = TestIssuer.generate("RSA", 2048, null);
    issuer.publish("rotated", rotated);
    Instant later = NOW.plusSeconds(31);
    ObjectNode claims = issuer.claims(later.getEpochSecond());
    String token = TestIssuer.sign("RS256", "rotated", claims, rotated.getPrivate());
    fresh.verify(token, registered(issuer.url()), later);
    fresh.verify(token, registered(issuer.url()), later);
    assertEquals(before + 2, issuer.jwksRequests.get());
  }

  @Test
  void givenAnObserver_keyFetches_areReportedWithTheirOutcome() {
    List<Boolean> outcomes = new java.util.concurrent.CopyOnWriteArrayList<>();
    JwtWebIdentityTokenVerifier observed =
        new JwtWebIdentityTokenVerifier(true, Map.of(), outcomes::add);
    String token = TestIssuer.sign("RS256", "rsa-1", issuer.claims(T), issuer.rsa.getPrivate());

    verify(observed, token);
    issuer.jwksStatus = 503;
    try {
      JwtWebIdentityTokenVerifier failing =
          new JwtWebIdentityTokenVerifier(true, Map.of(), outcomes::add);
      assertThrows(IdentityProviderException.class, () -> verify(failing, token));
    } finally {
      issuer.jwksStatus = 200;
    }

    assertEquals(List.of(true, false), outcomes);
  }

  @Test
  void givenJwksAnswering404_verify_failsWithCouldNotRetrieve() {
    JwtWebIdentityTokenVerifier fresh = new JwtWebIdentityTokenVerifier(true, Map.of());
    issuer.jwksStatus = 404;
    try {
      IdentityProviderException e =
          assertThrows(
              IdentityProviderException.class,
              () ->
                  verify(
                      fresh,
                      TestIssuer.sign(
                          "RS256", "rsa-1", issuer.claims(T), issuer.rsa.getPrivate())));

      assertEquals(ErrorCode.INVALID_IDENTITY_TOKEN, e.code());
      assertEquals(IssuerKeys.CANNOT_RETRIEVE, e.getMessage());
    } finally {
      issuer.jwksStatus = 200;
    }
  }

  @Test
  void givenJwksAnswering503_verify_failsWithCommunicationError() {
    JwtWebIdentityTokenVerifier fresh = new JwtWebIdentityTokenVerifier(true, Map.of());
    issuer.jwksStatus = 503;
    try {
      IdentityProviderException e =
          assertThrows(
              IdentityProviderException.class,
              () ->
                  verify(
                      fresh,
                      TestIssuer.sign(
                          "RS256", "rsa-1", issuer.claims(T), issuer.rsa.getPrivate())));

      assertEquals(ErrorCode.IDP_COMMUNICATION_ERROR, e.code());
    } finally {
      issuer.jwksStatus = 200;
    }
  }

  @Test
  void givenUnreachableIssuer_verify_failsWithCommunicationError() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    String url = "127.0.0.1:" + port + "/gone";
    ObjectNode claims = issuer.claims(T).put("iss", "http://" + url);
    String token = TestIssuer.sign("RS256", "rsa-1", claims, issuer.rsa.getPrivate());

    IdentityProviderException e =
        assertThrows(
            IdentityProviderException.class, () -> verifier.verify(token, registered(url), NOW));

    assertEquals(ErrorCode.IDP_COMMUNICATION_ERROR, e.code());
  }

  @Test
  void givenInlineJwks_verify_needsNoNetwork() {
    String url = "offline.example.com/realm";
    KeyPair key = TestIssuer.generate("EC", 0, "secp256r1");
    String jwks = "{\"keys\":[" + TestIssuer.jwk("k1", key) + "]}";
    JwtWebIdentityTokenVerifier offline =
        new JwtWebIdentityTokenVerifier(false, Map.of("https://" + url, jwks));
    ObjectNode claims = issuer.claims(T).put("iss", "https://" + url);

    VerifiedWebIdentity identity =
        offline.verify(
            TestIssuer.sign("ES256", null, claims, key.getPrivate()), registered(url), NOW);

    assertEquals("user-123", identity.subject());
  }

  private static void assertContains(String message, String part) {
    if (!message.contains(part)) {
      throw new AssertionError("expected '" + part + "' in: " + message);
    }
  }
}
