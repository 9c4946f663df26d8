package org.opensts.server;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opensts.server.IamErrors.assertIamError;
import static org.opensts.server.StsErrors.assertStsError;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AccessKey;
import software.amazon.awssdk.services.iam.model.GetOutboundWebIdentityFederationInfoResponse;
import software.amazon.awssdk.services.sts.model.AssumeRoleWithWebIdentityResponse;
import software.amazon.awssdk.services.sts.model.Credentials;
import software.amazon.awssdk.services.sts.model.GetWebIdentityTokenRequest;
import software.amazon.awssdk.services.sts.model.GetWebIdentityTokenResponse;
import software.amazon.awssdk.services.sts.model.StsException;
import software.amazon.awssdk.services.sts.model.Tag;

/**
 * GetWebIdentityToken as an AWS SDK user and an external service see it: the account enables
 * outbound federation through IAM, a caller gets a token, and the service verifies it with a
 * standard JOSE library against the keys the issuer publishes; a role of our own trusts our own
 * issuer through AssumeRoleWithWebIdentity.
 */
class GetWebIdentityTokenSystemTest {

  private static final String ACCOUNT = TestAccounts.ALPHA;
  private static final String NAMESPACE = "https://sts.amazonaws.com/";
  private static final String TOKEN_POLICY =
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":"
          + "[\"sts:GetWebIdentityToken\",\"sts:TagGetWebIdentityToken\"],\"Resource\":\"*\"}]}";
  private static final String UNTAGGED_TOKEN_POLICY =
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":"
          + "\"sts:GetWebIdentityToken\",\"Resource\":\"arn:aws:sts::111111111111:self\"}]}";

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static TestServer server;
  private static IamClient root;
  private static String issuerUrl;
  private static AwsBasicCredentials caller;
  private static AwsBasicCredentials untaggedCaller;

  @BeforeAll
  static void start() {
    server = TestServer.start("test-bootstrap.json", Map.of("sts.oidc.allow-http-loopback", true));
    root = IamClients.iam(server, TestAccounts.ALPHA_ROOT);
    issuerUrl = root.enableOutboundWebIdentityFederation(r -> {}).issuerIdentifier();
    caller = userWithPolicy("wit-caller", TOKEN_POLICY);
    untaggedCaller = userWithPolicy("wit-untagged", UNTAGGED_TOKEN_POLICY);
    root.tagUser(r -> r.userName("wit-caller").tags(t -> t.key("team").value("data")));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  // --- The issuer ------------------------------------------------------------------------------

  @Test
  void givenEnabledFederation_theIssuer_isThisServerAndPublishesItsDiscoveryDocument()
      throws IOException, InterruptedException {
    assertTrue(issuerUrl.startsWith(server.endpoint() + "/oidc/"), issuerUrl);

    HttpResponse<String> configuration = get(issuerUrl + "/.well-known/openid-configuration");

    assertAll(
        () -> assertEquals(200, configuration.statusCode()),
        () ->
            assertTrue(
                configuration.headers().firstValue("Content-Type").orElse("").contains("json")),
        () -> assertTrue(configuration.body().contains("\"issuer\":\"" + issuerUrl + "\"")),
        () ->
            assertTrue(
                configuration
                    .body()
                    .contains("\"jwks_uri\":\"" + issuerUrl + "/.well-known/jwks.json\"")),
        () ->
            assertTrue(
                configuration
                    .body()
                    .contains("\"id_token_signing_alg_values_supported\":[\"RS256\",\"ES384\"]")));
  }

  @Test
  void givenAnUnknownIssuerId_theDiscoveryDocuments_areNotFound()
      throws IOException, InterruptedException {
    String unknown = server.endpoint() + "/oidc/00000000-0000-4000-8000-000000000000";

    assertEquals(404, get(unknown + "/.well-known/openid-configuration").statusCode());
    assertEquals(404, get(unknown + "/.well-known/jwks.json").statusCode());
  }

  @Test
  void givenInfo_getOutboundWebIdentityFederationInfo_returnsTheIssuerAndEnabled() {
    GetOutboundWebIdentityFederationInfoResponse info =
        root.getOutboundWebIdentityFederationInfo(r -> {});

    assertEquals(issuerUrl, info.issuerIdentifier());
    assertTrue(info.jwtVendingEnabled());
  }

  @Test
  void givenEnabledFederation_enableAgain_failsWithFeatureEnabled() {
    assertIamError(409, "FeatureEnabled", () -> root.enableOutboundWebIdentityFederation(r -> {}));
  }

  @Test
  void givenDisabledFederation_getWebIdentityToken_failsUntilEnabledAgainWithTheSameIssuer() {
    root.disableOutboundWebIdentityFederation(r -> {});
    try {
      assertStsError(
          403,
          "OutboundWebIdentityFederationDisabledException",
          () -> token(caller, r -> r.audience("https://api.example.com")));
      assertIamError(
          404, "FeatureDisabled", () -> root.disableOutboundWebIdentityFederation(r -> {}));
      GetOutboundWebIdentityFederationInfoResponse info =
          root.getOutboundWebIdentityFederationInfo(r -> {});
      assertEquals(issuerUrl, info.issuerIdentifier());
      assertFalse(info.jwtVendingEnabled());
    } finally {
      assertEquals(issuerUrl, root.enableOutboundWebIdentityFederation(r -> {}).issuerIdentifier());
    }
  }

  // --- Tokens an external service verifies -----------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"RS256", "ES384"})
  void givenEitherAlgorithm_theToken_verifiesAgainstThePublishedKeysWithAwsClaims(String algorithm)
      throws Exception {
    Instant before = Instant.now().minusSeconds(1);

    GetWebIdentityTokenResponse response =
        server
            .sts(caller)
            .getWebIdentityToken(
                r ->
                    r.audience("https://api.example.com")
                        .signingAlgorithm(algorithm)
                        .tags(Tag.builder().key("job").value("nightly").build()));
    JWTClaimsSet claims = verified(response.webIdentityToken(), "https://api.example.com");

    SignedJWT jwt = SignedJWT.parse(response.webIdentityToken());
    Map<String, Object> aws = claims.getJSONObjectClaim(NAMESPACE);
    assertAll(
        () -> assertEquals(algorithm, jwt.getHeader().getAlgorithm().getName()),
        () -> assertEquals("JWT", jwt.getHeader().getType().getType()),
        () ->
            assertEquals(
                algorithm.equals("RS256") ? "RSA_0" : "EC384_0", jwt.getHeader().getKeyID()),
        () -> assertEquals(issuerUrl, claims.getIssuer()),
        () -> assertEquals("arn:aws:iam::" + ACCOUNT + ":user/wit-caller", claims.getSubject()),
        () -> assertEquals(List.of("https://api.example.com"), claims.getAudience()),
        () ->
            assertTrue(
                jwt.getPayload().toString().contains("\"aud\":\"https://api.example.com\""),
                "one audience is a string"),
        () ->
            assertEquals(
                300,
                Duration.between(
                        claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant())
                    .toSeconds()),
        () -> assertFalse(claims.getIssueTime().toInstant().isBefore(before)),
        () ->
            assertEquals(
                response.expiration().getEpochSecond(),
                claims.getExpirationTime().toInstant().getEpochSecond()),
        () -> assertNotNull(java.util.UUID.fromString(claims.getJWTID())),
        () -> assertEquals(ACCOUNT, aws.get("aws_account")),
        () -> assertEquals("us-east-1", aws.get("source_region")),
        () -> assertEquals(claims.getSubject(), aws.get("principal_id")),
        () -> assertEquals(Map.of("team", "data"), aws.get("principal_tags")),
        () -> assertEquals(Map.of("job", "nightly"), aws.get("request_tags")),
        () -> assertFalse(aws.containsKey("original_session_exp"), "long-term keys"));
  }

  @Test
  void givenSeveralAudiencesAndADuration_theToken_listsThemAndLastsThatLong() throws Exception {
    GetWebIdentityTokenResponse response =
        token(caller, r -> r.audience("https://a.example.com", "b").durationSeconds(3600));

    JWTClaimsSet claims = verified(response.webIdentityToken(), "b");
    assertEquals(List.of("https://a.example.com", "b"), claims.getAudience());
    assertEquals(
        3600,
        Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant())
            .toSeconds());
  }

  @Test
  void givenARoleSession_theToken_namesTheRoleAndTheSessionsExpiry() throws Exception {
    Credentials session = roleSession("wit-role", 900);

    GetWebIdentityTokenResponse response =
        token(sessionCredentials(session), r -> r.audience("aud").durationSeconds(600));

    JWTClaimsSet claims = verified(response.webIdentityToken(), "aud");
    Map<String, Object> aws = claims.getJSONObjectClaim(NAMESPACE);
    assertEquals(TestAccounts.role("wit-role"), claims.getSubject());
    assertEquals(TestAccounts.role("wit-role"), aws.get("principal_id"));
    assertEquals(
        session.expiration().getEpochSecond(),
        Instant.parse((String) aws.get("original_session_exp")).getEpochSecond());
  }

  @Test
  void givenASessionExpiringSooner_getWebIdentityToken_failsWithSessionDurationEscalation() {
    Credentials session = roleSession("wit-short-role", 900);

    assertStsError(
        403,
        "SessionDurationEscalationException",
        () -> token(sessionCredentials(session), r -> r.audience("aud").durationSeconds(3600)));
  }

  // --- Who may ---------------------------------------------------------------------------------

  @Test
  void givenNoPolicyAllowingIt_getWebIdentityToken_isDeniedOnTheSelfResource() {
    assertStsError(
        403,
        "AccessDenied",
        "User: arn:aws:iam::111111111111:user/engineering/bob is not authorized to perform:"
            + " sts:GetWebIdentityToken on resource: arn:aws:sts::111111111111:self because no"
            + " identity-based policy allows the sts:GetWebIdentityToken action",
        () -> token(TestAccounts.BOB, r -> r.audience("aud")));
  }

  @Test
  void givenTagsWithoutTagPermission_getWebIdentityToken_isDeniedTagGetWebIdentityToken() {
    token(untaggedCaller, r -> r.audience("aud"));

    StsException denied =
        assertStsError(
            403,
            "AccessDenied",
            () ->
                token(
                    untaggedCaller,
                    r -> r.audience("aud").tags(Tag.builder().key("k").value("v").build())));
    String message = denied.awsErrorDetails().errorMessage();
    assertTrue(message.contains("sts:TagGetWebIdentityToken"), message);
  }

  // --- Limits ----------------------------------------------------------------------------------

  @Test
  void givenFiftyOfTheLongestTags_getWebIdentityToken_failsWithJwtPayloadSizeExceeded() {
    List<Tag> tags =
        IntStream.range(0, 50)
            .mapToObj(
                i ->
                    Tag.builder()
                        .key(String.format("%03d", i) + "k".repeat(125))
                        .value("v".repeat(256))
                        .build())
            .toList();

    assertStsError(
        400,
        "JWTPayloadSizeExceededException",
        () -> token(caller, r -> r.audience("aud").tags(tags)));
  }

  @Test
  void givenAnUnknownAlgorithm_getWebIdentityToken_failsValidation() {
    assertStsError(
        400,
        "ValidationError",
        "1 validation error detected: Value 'HS256' at 'signingAlgorithm' failed to satisfy"
            + " constraint: Member must satisfy enum value set: [RS256, ES384]",
        () -> token(caller, r -> r.audience("aud").signingAlgorithm("HS256")));
  }

  @Test
  void givenElevenAudiences_getWebIdentityToken_failsValidation() {
    List<String> eleven = new ArrayList<>();
    IntStream.range(0, 11).forEach(i -> eleven.add("aud" + i));

    assertStsError(400, "ValidationError", () -> token(caller, r -> r.audience(eleven)));
  }

  @ParameterizedTest
  @ValueSource(ints = {59, 3601})
  void givenADurationOutOfRange_getWebIdentityToken_failsValidation(int seconds) {
    String constraint =
        seconds < 60
            ? "Member must have value greater than or equal to 60"
            : "Member must have value less than or equal to 3600";
    assertStsError(
        400,
        "ValidationError",
        "1 validation error detected: Value '"
            + seconds
            + "' at 'durationSeconds' failed to satisfy constraint: "
            + constraint,
        () -> token(caller, r -> r.audience("aud").durationSeconds(seconds)));
  }

  // --- Our own issuer, trusted by our own role -------------------------------------------------

  @Test
  void givenAProviderForOurIssuer_assumeRoleWithWebIdentity_acceptsOurToken() {
    String providerUrl = issuerUrl.substring("http://".length());
    root.createOpenIDConnectProvider(r -> r.url(issuerUrl).clientIDList("sts-test"));
    root.createRole(
        r ->
            r.roleName("wit-federated")
                .assumeRolePolicyDocument(
                    "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                        + "\"Principal\":{\"Federated\":\"arn:aws:iam::"
                        + ACCOUNT
                        + ":oidc-provider/"
                        + providerUrl
                        + "\"},\"Action\":\"sts:AssumeRoleWithWebIdentity\",\"Condition\":"
                        + "{\"StringEquals\":{\""
                        + providerUrl
                        + ":sub\":\"arn:aws:iam::"
                        + ACCOUNT
                        + ":user/wit-caller\"}}}]}"));
    String token = token(caller, r -> r.audience("sts-test")).webIdentityToken();

    AssumeRoleWithWebIdentityResponse response =
        server
            .sts(AnonymousCredentialsProvider.create())
            .assumeRoleWithWebIdentity(
                r ->
                    r.roleArn(TestAccounts.role("wit-federated"))
                        .roleSessionName("outbound")
                        .webIdentityToken(token));

    assertEquals(
        "arn:aws:iam::" + ACCOUNT + ":user/wit-caller", response.subjectFromWebIdentityToken());
    assertEquals("sts-test", response.audience());
  }

  // --- Helpers ---------------------------------------------------------------------------------

  /** Verifies as an external service does: keys from the issuer's JWKS, then the claims. */
  private static JWTClaimsSet verified(String token, String audience) throws Exception {
    HttpResponse<String> configuration = get(issuerUrl + "/.well-known/openid-configuration");
    assertEquals(200, configuration.statusCode());
    URI jwksUri = URI.create(issuerUrl + "/.well-known/jwks.json");
    assertTrue(configuration.body().contains(jwksUri.toString()));
    JWKSource<SecurityContext> keys =
        JWKSourceBuilder.<SecurityContext>create(jwksUri.toURL()).retrying(false).build();
    DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    processor.setJWSKeySelector(
        new JWSVerificationKeySelector<>(Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES384), keys));
    processor.setJWTClaimsSetVerifier(
        new DefaultJWTClaimsVerifier<>(
            audience,
            new JWTClaimsSet.Builder().issuer(issuerUrl).build(),
            Set.of("sub", "iat", "exp", "jti")));
    return processor.process(token, null);
  }

  private static GetWebIdentityTokenResponse token(
      AwsCredentials credentials,
      java.util.function.Consumer<GetWebIdentityTokenRequest.Builder> request) {
    return server
        .sts(credentials)
        .getWebIdentityToken(r -> request.accept(r.signingAlgorithm("RS256")));
  }

  /** A session of a new role alice may assume, allowed to get tokens, lasting {@code seconds}. */
  private static Credentials roleSession(String roleName, int seconds) {
    root.createRole(
        r ->
            r.roleName(roleName)
                .assumeRolePolicyDocument(
                    "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                        + "\"Principal\":{\"AWS\":\"arn:aws:iam::"
                        + ACCOUNT
                        + ":user/alice\"},\"Action\":\"sts:AssumeRole\"}]}"));
    root.putRolePolicy(r -> r.roleName(roleName).policyName("tokens").policyDocument(TOKEN_POLICY));
    return server
        .sts(TestAccounts.ALICE)
        .assumeRole(
            r ->
                r.roleArn(TestAccounts.role(roleName))
                    .roleSessionName("token-session")
                    .durationSeconds(seconds))
        .credentials();
  }

  private static AwsSessionCredentials sessionCredentials(Credentials credentials) {
    return AwsSessionCredentials.create(
        credentials.accessKeyId(), credentials.secretAccessKey(), credentials.sessionToken());
  }

  private static AwsBasicCredentials userWithPolicy(String userName, String policy) {
    root.createUser(r -> r.userName(userName));
    root.putUserPolicy(r -> r.userName(userName).policyName("tokens").policyDocument(policy));
    AccessKey key = root.createAccessKey(r -> r.userName(userName)).accessKey();
    return AwsBasicCredentials.create(key.accessKeyId(), key.secretAccessKey());
  }

  private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(url)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
