package org.opensts.domain.signature;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.AwsSessionCredentialsIdentity;

/**
 * Test fixture: a request signed by the AWS SDK for Java v2's own SigV4 signer, the oracle our
 * verifier must agree with, turned into the {@link SignedRequest} an adapter would extract from the
 * wire.
 */
final class SdkSigner {

  static final String ACCESS_KEY_ID = "AKIAIOSFODNN7EXAMPLE";
  static final String SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
  static final String OTHER_SECRET = "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY";
  static final Instant SIGNING_TIME = Instant.parse("2025-03-04T05:06:07Z");
  static final String FORM_BODY = "Action=GetCallerIdentity&Version=2011-06-15";

  private static final AwsV4HttpSigner SIGNER = AwsV4HttpSigner.create();

  private final SdkHttpMethod method;
  private final byte[] body;
  private String protocol = "https";
  private String host = "sts.amazonaws.com";
  private Integer port;
  private String encodedPath = "/";
  private final Map<String, List<String>> query = new LinkedHashMap<>();
  private final Map<String, List<String>> headers = new LinkedHashMap<>();
  private String region = "us-east-1";
  private String secret = SECRET;
  private String sessionToken;
  private Duration presignedFor;
  private boolean queryAuth;
  private Boolean payloadSigning;
  private Instant signingTime = SIGNING_TIME;

  private SdkSigner(SdkHttpMethod method, byte[] body) {
    this.method = method;
    this.body = body;
  }

  /** A POST with a form body, as the SDKs send STS calls. */
  static SdkSigner post(String formBody) {
    return new SdkSigner(SdkHttpMethod.POST, formBody.getBytes(StandardCharsets.UTF_8))
        .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8");
  }

  static SdkSigner get(String encodedPath) {
    return new SdkSigner(SdkHttpMethod.GET, null).path(encodedPath);
  }

  /** The path as it goes on the wire, already percent-encoded. */
  SdkSigner path(String encodedPath) {
    this.encodedPath = encodedPath;
    return this;
  }

  /** Decoded values; {@code null} makes a parameter without {@code =}. */
  SdkSigner query(String name, String... values) {
    query.computeIfAbsent(name, n -> new ArrayList<>()).addAll(Arrays.asList(values));
    return this;
  }

  SdkSigner header(String name, String... values) {
    headers.computeIfAbsent(name, n -> new ArrayList<>()).addAll(Arrays.asList(values));
    return this;
  }

  SdkSigner http(int port) {
    this.protocol = "http";
    this.port = port;
    return this;
  }

  SdkSigner host(String host) {
    this.host = host;
    return this;
  }

  SdkSigner region(String region) {
    this.region = region;
    return this;
  }

  SdkSigner secret(String secret) {
    this.secret = secret;
    return this;
  }

  SdkSigner sessionToken(String sessionToken) {
    this.sessionToken = sessionToken;
    return this;
  }

  /** Signs in the query string with X-Amz-Expires. */
  SdkSigner presigned(Duration expiresIn) {
    this.presignedFor = expiresIn;
    return this;
  }

  /** Signs in the query string without X-Amz-Expires, as the SDK does when given no expiry. */
  SdkSigner queryAuth() {
    this.queryAuth = true;
    return this;
  }

  SdkSigner payloadSigning(boolean enabled) {
    this.payloadSigning = enabled;
    return this;
  }

  SdkSigner at(Instant signingTime) {
    this.signingTime = signingTime;
    return this;
  }

  SignedRequest sign() {
    SdkHttpFullRequest.Builder request =
        SdkHttpFullRequest.builder()
            .method(method)
            .protocol(protocol)
            .host(host)
            .encodedPath(encodedPath);
    if (port != null) {
      request.port(port);
    }
    query.forEach(request::putRawQueryParameter);
    headers.forEach(request::putHeader);
    AwsCredentialsIdentity identity =
        sessionToken == null
            ? AwsCredentialsIdentity.create(ACCESS_KEY_ID, secret)
            : AwsSessionCredentialsIdentity.create(ACCESS_KEY_ID, secret, sessionToken);
    SdkHttpRequest signed =
        SIGNER
            .sign(
                r -> {
                  r.identity(identity)
                      .request(request.build())
                      .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "sts")
                      .putProperty(AwsV4HttpSigner.REGION_NAME, region)
                      .putProperty(
                          HttpSigner.SIGNING_CLOCK, Clock.fixed(signingTime, ZoneOffset.UTC));
                  if (body != null) {
                    r.payload(() -> new ByteArrayInputStream(body));
                  }
                  if (payloadSigning != null) {
                    r.putProperty(AwsV4HttpSigner.PAYLOAD_SIGNING_ENABLED, payloadSigning);
                  }
                  if (presignedFor != null || queryAuth) {
                    r.putProperty(
                        AwsV4HttpSigner.AUTH_LOCATION, AwsV4HttpSigner.AuthLocation.QUERY_STRING);
                  }
                  if (presignedFor != null) {
                    r.putProperty(AwsV4HttpSigner.EXPIRATION_DURATION, presignedFor);
                  }
                })
            .request();
    // What an HTTP client puts on the wire: the encoded path, the encoded query, the headers.
    URI uri = signed.getUri();
    return new SignedRequest(
        signed.method().name(), signed.encodedPath(), uri.getRawQuery(), signed.headers(), body);
  }
}
