package org.opensts.application.service;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.opensts.domain.signature.SignedRequest;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.AwsSessionCredentialsIdentity;

/**
 * Test fixture: an STS call signed by the AWS SDK for Java v2's own SigV4 signer, as a client would
 * send it, turned into the {@link SignedRequest} an adapter extracts from the wire.
 */
final class SdkSignedRequest {

  static final String BODY = "Action=GetCallerIdentity&Version=2011-06-15";

  private static final AwsV4HttpSigner SIGNER = AwsV4HttpSigner.create();

  private String accessKeyId;
  private String secret;
  private String sessionToken;
  private String region = "us-east-1";
  private String service = "sts";
  private Instant signingTime;

  private SdkSignedRequest(String accessKeyId, String secret, Instant signingTime) {
    this.accessKeyId = accessKeyId;
    this.secret = secret;
    this.signingTime = signingTime;
  }

  static SdkSignedRequest signedWith(String accessKeyId, String secret, Instant signingTime) {
    return new SdkSignedRequest(accessKeyId, secret, signingTime);
  }

  SdkSignedRequest sessionToken(String sessionToken) {
    this.sessionToken = sessionToken;
    return this;
  }

  SdkSignedRequest region(String region) {
    this.region = region;
    return this;
  }

  SdkSignedRequest service(String service) {
    this.service = service;
    return this;
  }

  SignedRequest sign() {
    byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
    SdkHttpFullRequest request =
        SdkHttpFullRequest.builder()
            .method(SdkHttpMethod.POST)
            .protocol("https")
            .host("sts.amazonaws.com")
            .encodedPath("/")
            .putHeader("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
            .build();
    AwsCredentialsIdentity identity =
        sessionToken == null
            ? AwsCredentialsIdentity.create(accessKeyId, secret)
            : AwsSessionCredentialsIdentity.create(accessKeyId, secret, sessionToken);
    SdkHttpRequest signed =
        SIGNER
            .sign(
                r ->
                    r.identity(identity)
                        .request(request)
                        .payload(() -> new ByteArrayInputStream(body))
                        .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, service)
                        .putProperty(AwsV4HttpSigner.REGION_NAME, region)
                        .putProperty(
                            HttpSigner.SIGNING_CLOCK, Clock.fixed(signingTime, ZoneOffset.UTC)))
            .request();
    URI uri = signed.getUri();
    return new SignedRequest(
        signed.method().name(), signed.encodedPath(), uri.getRawQuery(), signed.headers(), body);
  }
}
