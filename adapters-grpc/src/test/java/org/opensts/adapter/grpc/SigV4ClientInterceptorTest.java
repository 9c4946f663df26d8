package org.opensts.adapter.grpc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.grpc.Metadata;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opensts.adapter.grpc.v1.AssumeRoleRequest;
import org.opensts.adapter.grpc.v1.GetCallerIdentityRequest;
import org.opensts.adapter.grpc.v1.Tag;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.AwsSessionCredentialsIdentity;

/** The client's signature is the AWS SDK signer's on the same canonical request. */
class SigV4ClientInterceptorTest {

  private static final String KEY_ID = "AKIAIOSFODNN7EXAMPLE";
  private static final String SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
  private static final Instant NOW = Instant.parse("2025-01-01T12:34:56Z");

  static Stream<Arguments> calls() {
    byte[] empty = GetCallerIdentityRequest.getDefaultInstance().toByteArray();
    byte[] assumeRole =
        AssumeRoleRequest.newBuilder()
            .setRoleArn("arn:aws:iam::123456789012:role/deployer")
            .setRoleSessionName("build-42")
            .setDurationSeconds(900)
            .addTags(Tag.newBuilder().setKey("team").setValue("büro"))
            .build()
            .toByteArray();
    return Stream.of(
        Arguments.of(
            "an empty message with a long-term key",
            "sts.v1.SecurityTokenService/GetCallerIdentity",
            "127.0.0.1:50051",
            empty,
            null),
        Arguments.of(
            "a message with non-ASCII bytes with a long-term key",
            "sts.v1.SecurityTokenService/AssumeRole",
            "sts.internal:50051",
            assumeRole,
            null),
        Arguments.of(
            "a message signed with temporary credentials",
            "sts.v1.RequestAuthorizationService/VerifyRequest",
            "localhost:8443",
            assumeRole,
            "FwoGZXIvYXdzEBYaDH+session/token=="));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("calls")
  void givenACall_sign_producesTheAwsSdkSignersAuthorization(
      String description, String method, String authority, byte[] message, String token) {
    SigV4ClientInterceptor.Credentials credentials =
        token == null
            ? SigV4ClientInterceptor.Credentials.of(KEY_ID, SECRET)
            : SigV4ClientInterceptor.Credentials.temporary(KEY_ID, SECRET, token);
    SigV4ClientInterceptor interceptor =
        new SigV4ClientInterceptor(credentials, "us-east-1", Clock.fixed(NOW, ZoneOffset.UTC));

    Metadata headers = interceptor.sign(method, authority, message);

    SdkHttpRequest signedBySdk = sdkSign(method, authority, message, token);
    assertEquals(
        signedBySdk.firstMatchingHeader("Authorization").orElseThrow(),
        headers.get(Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER)));
    assertEquals(
        signedBySdk.firstMatchingHeader("X-Amz-Date").orElseThrow(),
        headers.get(Metadata.Key.of("x-amz-date", Metadata.ASCII_STRING_MARSHALLER)));
  }

  private static SdkHttpRequest sdkSign(
      String method, String authority, byte[] message, String token) {
    SdkHttpRequest request =
        SdkHttpRequest.builder()
            .method(SdkHttpMethod.POST)
            .uri(URI.create("http://" + authority + "/" + method))
            .putHeader("Content-Type", "application/grpc")
            .build();
    AwsCredentialsIdentity identity =
        token == null
            ? AwsCredentialsIdentity.create(KEY_ID, SECRET)
            : AwsSessionCredentialsIdentity.create(KEY_ID, SECRET, token);
    return AwsV4HttpSigner.create()
        .sign(
            r ->
                r.request(request)
                    .identity(identity)
                    .payload(ContentStreamProvider.fromByteArray(message))
                    .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "sts")
                    .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1")
                    .putProperty(AwsV4HttpSigner.SIGNING_CLOCK, Clock.fixed(NOW, ZoneOffset.UTC)))
        .request();
  }
}
