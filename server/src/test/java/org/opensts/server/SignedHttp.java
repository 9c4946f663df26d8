package org.opensts.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/**
 * Raw HTTP requests signed by the AWS SDK's own SigV4 signer, for what the typed client cannot
 * send: unknown actions, GET and presigned forms, odd bodies, and a signing clock of the test's
 * choosing.
 */
final class SignedHttp {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final URI endpoint;
  private final AwsCredentialsIdentity credentials;
  private Clock clock = Clock.systemUTC();

  SignedHttp(URI endpoint, AwsCredentials credentials) {
    this.endpoint = endpoint;
    this.credentials = credentials;
  }

  SignedHttp signingAt(Clock signingClock) {
    this.clock = signingClock;
    return this;
  }

  /** A form POST of the given body, signed in the Authorization header. */
  HttpResponse<String> post(String form) {
    SdkHttpRequest request =
        SdkHttpRequest.builder()
            .method(SdkHttpMethod.POST)
            .uri(endpoint.resolve("/"))
            .putHeader("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
            .build();
    byte[] body = form.getBytes(StandardCharsets.UTF_8);
    SignedRequest signed = sign(request, body, false);
    return send(signed.request(), body);
  }

  /** A GET with the parameters in the query string, signed in the Authorization header. */
  HttpResponse<String> get(String query) {
    SdkHttpRequest request =
        SdkHttpRequest.builder()
            .method(SdkHttpMethod.GET)
            .uri(endpoint.resolve("/?" + query))
            .build();
    return send(sign(request, null, false).request(), null);
  }

  /** A presigned GET URL, as aws-iam-authenticator builds for GetCallerIdentity. */
  URI presign(String query) {
    SdkHttpRequest request =
        SdkHttpRequest.builder()
            .method(SdkHttpMethod.GET)
            .uri(endpoint.resolve("/?" + query))
            .build();
    return sign(request, null, true).request().getUri();
  }

  static HttpResponse<String> send(HttpRequest request) {
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private SignedRequest sign(SdkHttpRequest request, byte[] body, boolean presigned) {
    return AwsV4HttpSigner.create()
        .sign(
            r -> {
              r.request(request)
                  .identity(credentials)
                  .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "sts")
                  .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1")
                  .putProperty(AwsV4HttpSigner.SIGNING_CLOCK, clock);
              if (body != null) {
                r.payload(ContentStreamProvider.fromByteArray(body));
              }
              if (presigned) {
                r.putProperty(
                        AwsV4HttpSigner.AUTH_LOCATION,
                        AwsV4FamilyHttpSigner.AuthLocation.QUERY_STRING)
                    .putProperty(AwsV4HttpSigner.EXPIRATION_DURATION, Duration.ofMinutes(15));
              }
            });
  }

  private static HttpResponse<String> send(SdkHttpRequest signed, byte[] body) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(signed.getUri()).timeout(Duration.ofSeconds(10));
    signed.forEachHeader(
        (name, values) -> {
          if (!name.equalsIgnoreCase("host") && !name.equalsIgnoreCase("content-length")) {
            values.forEach(value -> builder.header(name, value));
          }
        });
    builder.method(
        signed.method().name(),
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(body));
    return send(builder.build());
  }
}
