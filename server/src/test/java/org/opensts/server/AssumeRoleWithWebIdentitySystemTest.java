package org.opensts.server;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opensts.server.IamErrors.assertIamError;
import static org.opensts.server.StsErrors.assertStsError;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.auth.StsWebIdentityTokenFileCredentialsProvider;
import software.amazon.awssdk.services.sts.model.AssumeRoleWithWebIdentityRequest;
import software.amazon.awssdk.services.sts.model.AssumeRoleWithWebIdentityResponse;
import software.amazon.awssdk.services.sts.model.Credentials;

/**
 * AssumeRoleWithWebIdentity end to end: a local OpenID Connect issuer (discovery document and JWKS
 * on loopback HTTP, allowed by {@code sts.oidc.allow-http-loopback}), its provider registered
 * through IAM, a role trusting it, and the AWS SDK's own clients and credential provider.
 */
class AssumeRoleWithWebIdentitySystemTest {

  private static final String ACCOUNT = TestAccounts.ALPHA;
  private static TestServer server;
  private static HttpServer issuer;
  private static KeyPair key;
  private static String issuerUrl;
  private static String providerUrl;
  private static String providerArn;
  private static String jwks;

  @BeforeAll
  static void start() throws IOException, GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    key = generator.generateKeyPair();
    issuer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    issuerUrl = "http://127.0.0.1:" + issuer.getAddress().getPort() + "/realm";
    providerUrl = issuerUrl.substring("http://".length());
    providerArn = "arn:aws:iam::" + ACCOUNT + ":oidc-provider/" + providerUrl;
    serve(
        "/realm/.well-known/openid-configuration",
        "{\"issuer\":\"" + issuerUrl + "\",\"jwks_uri\":\"" + issuerUrl + "/keys\"}");
    RSAPublicKey rsa = (RSAPublicKey) key.getPublic();
    jwks =
        "{\"keys\":[{\"kty\":\"RSA\",\"kid\":\"k1\",\"use\":\"sig\",\"alg\":\"RS256\",\"n\":\""
            + b64(unsigned(rsa.getModulus()))
            + "\",\"e\":\""
            + b64(unsigned(rsa.getPublicExponent()))
            + "\"}]}";
    serve("/realm/keys", jwks);
    issuer.start();
    server = TestServer.start("test-bootstrap.json", Map.of("sts.oidc.allow-http-loopback", true));
    IamClient iam = IamClients.iam(server, TestAccounts.ALPHA_ROOT);
    iam.createOpenIDConnectProvider(r -> r.url(issuerUrl).clientIDList("my-app"));
    iam.createRole(
        r ->
            r.roleName("web-app")
                .maxSessionDuration(3600)
                .assumeRolePolicyDocument(
                    trust(
                        "\"sts:AssumeRoleWithWebIdentity\"",
                        "\"StringEquals\":{\""
                            + providerUrl
                            + ":aud\":\"my-app\",\""
                            + providerUrl
                            + ":sub\":\"alice\"}")));
    iam.createRole(
        r ->
            r.roleName("web-tagged")
                .assumeRolePolicyDocument(
                    trust("[\"sts:AssumeRoleWithWebIdentity\",\"sts:TagSession\"]", "")));
    iam.createRole(
        r ->
            r.roleName("web-untaggable")
                .assumeRolePolicyDocument(trust("\"sts:AssumeRoleWithWebIdentity\"", "")));
    iam.putRolePolicy(
        r ->
            r.roleName("web-tagged")
                .policyName("list")
                .policyDocument(
                    "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                        + "\"Action\":\"iam:ListRoles\",\"Resource\":\"*\"}]}"));
  }

  @AfterAll
  static void stop() {
    server.close();
    issuer.stop(0);
  }

  @Test
  void givenTrustedToken_assumeRoleWithWebIdentity_returnsTheSessionAndTheTokensClaims() {
    AssumeRoleWithWebIdentityResponse response =
        assume("web-app", token(claims("alice", "my-app")), r -> {});

    assertEquals("alice", response.subjectFromWebIdentityToken());
    assertEquals("my-app", response.audience());
    assertEquals(providerArn, response.provider());
    assertEquals(
        "arn:aws:sts::" + ACCOUNT + ":assumed-role/web-app/app-session",
        response.assumedRoleUser().arn());
    assertTrue(response.assumedRoleUser().assumedRoleId().endsWith(":app-session"));
    assertNull(response.packedPolicySize());
    assertEquals(
        response.assumedRoleUser().arn(),
        server.sts(session(response.credentials())).getCallerIdentity().arn());
  }

  @Test
  void givenAKeyFetch_prometheus_countsItByOutcome() {
    assume("web-app", token(claims("alice", "my-app")), r -> {});

    String scrape =
        SignedHttp.send(
                java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(server.endpoint() + "/prometheus"))
                    .build())
            .body();

    assertTrue(
        scrape.lines().anyMatch(l -> l.startsWith("sts_jwks_fetches_total{outcome=\"success\"}")),
        scrape);
  }

  @Test
  void givenOtherSubject_assumeRoleWithWebIdentity_isDeniedAsAwsWordsIt() {
    assertStsError(
        403,
        "AccessDenied",
        "Not authorized to perform sts:AssumeRoleWithWebIdentity",
        () -> assume("web-app", token(claims("mallory", "my-app")), r -> {}));
  }

  @Test
  void givenAudienceNotRegistered_assumeRoleWithWebIdentity_failsWithIncorrectAudience() {
    assertStsError(
        400,
        "InvalidIdentityToken",
        "Incorrect token audience",
        () -> assume("web-app", token(claims("alice", "other-app")), r -> {}));
  }

  @Test
  void givenExpiredToken_assumeRoleWithWebIdentity_failsWithExpiredTokenException() {
    long now = server.clock.instant().getEpochSecond();
    String claims =
        "{\"iss\":\""
            + issuerUrl
            + "\",\"sub\":\"alice\",\"aud\":\"my-app\",\"iat\":"
            + (now - 7200)
            + ",\"exp\":"
            + (now - 3600)
            + "}";

    assertStsError(400, "ExpiredTokenException", () -> assume("web-app", token(claims), r -> {}));
  }

  @Test
  void givenDurationBeyondRoleMaximum_assumeRoleWithWebIdentity_failsWithValidationError() {
    assertStsError(
        400,
        "ValidationError",
        "The requested DurationSeconds exceeds the MaxSessionDuration set for this role.",
        () -> assume("web-app", token(claims("alice", "my-app")), r -> r.durationSeconds(7200)));
  }

  @Test
  void givenTokenTagsWithoutTagSessionInTrust_assumeRoleWithWebIdentity_isDenied() {
    assertStsError(
        403,
        "AccessDenied",
        "Not authorized to perform sts:TagSession",
        () -> assume("web-untaggable", token(taggedClaims()), r -> {}));
  }

  @Test
  void givenTokenTags_sessionRequests_seeThemAsPrincipalTags() {
    Credentials blue =
        assume(
                "web-tagged",
                token(taggedClaims()),
                r -> r.policy(listOnlyIf("aws:PrincipalTag/project", "blue")))
            .credentials();
    Credentials red =
        assume(
                "web-tagged",
                token(taggedClaims()),
                r -> r.policy(listOnlyIf("aws:PrincipalTag/project", "red")))
            .credentials();

    assertDoesNotThrow(() -> IamClients.iam(server, session(blue)).listRoles());
    assertIamError(403, "AccessDenied", () -> IamClients.iam(server, session(red)).listRoles());
  }

  @Test
  void givenTokenFile_sdkWebIdentityCredentialsProvider_obtainsWorkingCredentials()
      throws IOException {
    Path tokenFile = Files.createTempFile("web-identity-", ".jwt");
    tokenFile.toFile().deleteOnExit();
    Files.writeString(tokenFile, token(claims("alice", "my-app")));
    try (StsClient anonymous = server.sts(AnonymousCredentialsProvider.create());
        StsWebIdentityTokenFileCredentialsProvider provider =
            StsWebIdentityTokenFileCredentialsProvider.builder()
                .stsClient(anonymous)
                .roleArn(TestAccounts.role("web-app"))
                .roleSessionName("sdk-session")
                .webIdentityTokenFile(tokenFile)
                .build()) {
      String arn = server.sts(provider).getCallerIdentity().arn();

      assertEquals("arn:aws:sts::" + ACCOUNT + ":assumed-role/web-app/sdk-session", arn);
    }
  }

  @Test
  void givenBootstrapProviderWithInlineJwks_assumeRoleWithWebIdentity_needsNoIssuerOnTheNetwork()
      throws IOException {
    String offline = "offline.example.com/realm";
    String offlineArn = "arn:aws:iam::333333333333:oidc-provider/" + offline;
    Path bootstrap = Files.createTempFile("sts-inline-jwks-", ".json");
    bootstrap.toFile().deleteOnExit();
    Files.writeString(
        bootstrap,
        "{\"accounts\":[{\"accountId\":\"333333333333\",\"roles\":[{\"name\":\"offline\","
            + "\"trustPolicy\":{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Principal\":{\"Federated\":\""
            + offlineArn
            + "\"},\"Action\":\"sts:AssumeRoleWithWebIdentity\"}]}}],"
            + "\"openIdConnectProviders\":[{\"url\":\"https://"
            + offline
            + "\",\"clientIds\":[\"my-app\"],\"jwks\":"
            + jwks
            + "}]}]}");
    try (TestServer offlineServer =
            TestServer.start(
                Map.of(
                    "micronaut.server.port",
                    -1,
                    "micronaut.server.host",
                    "127.0.0.1",
                    "sts.bootstrap",
                    bootstrap.toString()));
        StsClient sts = offlineServer.sts(AnonymousCredentialsProvider.create())) {
      long now = offlineServer.clock.instant().getEpochSecond();
      String claims =
          "{\"iss\":\"https://"
              + offline
              + "\",\"sub\":\"alice\",\"aud\":\"my-app\",\"exp\":"
              + (now + 600)
              + "}";

      AssumeRoleWithWebIdentityResponse response =
          sts.assumeRoleWithWebIdentity(
              r ->
                  r.roleArn("arn:aws:iam::333333333333:role/offline")
                      .roleSessionName("offline-session")
                      .webIdentityToken(token(claims)));

      assertEquals(offlineArn, response.provider());
    }
  }

  private static AssumeRoleWithWebIdentityResponse assume(
      String role, String token, Consumer<AssumeRoleWithWebIdentityRequest.Builder> more) {
    try (StsClient sts = server.sts(AnonymousCredentialsProvider.create())) {
      return sts.assumeRoleWithWebIdentity(
          r -> {
            r.roleArn("arn:aws:iam::" + ACCOUNT + ":role/" + role)
                .roleSessionName("app-session")
                .webIdentityToken(token);
            more.accept(r);
          });
    }
  }

  private static String trust(String actions, String conditions) {
    return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":"
        + "{\"Federated\":\""
        + providerArn
        + "\"},\"Action\":"
        + actions
        + (conditions.isEmpty() ? "" : ",\"Condition\":{" + conditions + "}")
        + "}]}";
  }

  private static String claims(String subject, String audience) {
    long now = server.clock.instant().getEpochSecond();
    return "{\"iss\":\""
        + issuerUrl
        + "\",\"sub\":\""
        + subject
        + "\",\"aud\":\""
        + audience
        + "\",\"iat\":"
        + now
        + ",\"exp\":"
        + (now + 600)
        + "}";
  }

  private static String taggedClaims() {
    long now = server.clock.instant().getEpochSecond();
    return "{\"iss\":\""
        + issuerUrl
        + "\",\"sub\":\"alice\",\"aud\":\"my-app\",\"exp\":"
        + (now + 600)
        + ",\"https://aws.amazon.com/tags\":{\"principal_tags\":{\"project\":[\"blue\"]}}}";
  }

  /** A session policy that lets the session list roles only when {@code key} = {@code value}. */
  private static String listOnlyIf(String key, String value) {
    return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":"
        + "\"iam:ListRoles\",\"Resource\":\"*\",\"Condition\":{\"StringEquals\":{\""
        + key
        + "\":\""
        + value
        + "\"}}}]}";
  }

  private static String token(String claims) {
    try {
      String input =
          b64("{\"alg\":\"RS256\",\"kid\":\"k1\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8))
              + "."
              + b64(claims.getBytes(StandardCharsets.UTF_8));
      Signature signer = Signature.getInstance("SHA256withRSA");
      signer.initSign(key.getPrivate());
      signer.update(input.getBytes(StandardCharsets.US_ASCII));
      return input + "." + b64(signer.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static AwsCredentials session(Credentials credentials) {
    return AwsSessionCredentials.create(
        credentials.accessKeyId(), credentials.secretAccessKey(), credentials.sessionToken());
  }

  private static void serve(String path, String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    issuer.createContext(
        path,
        exchange -> {
          exchange.sendResponseHeaders(200, bytes.length);
          exchange.getResponseBody().write(bytes);
          exchange.close();
        });
  }

  private static String b64(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static byte[] unsigned(BigInteger value) {
    byte[] bytes = value.toByteArray();
    return bytes[0] == 0 ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
  }
}
