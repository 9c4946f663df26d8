package org.opensts.benchmark;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.opensts.domain.signature.SignatureClaim;
import org.opensts.domain.signature.SignatureV4;
import org.opensts.domain.signature.SignedRequest;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;

/**
 * Verifying a SigV4 signature as the server does for every signed request: parse the claim,
 * canonicalize, derive (or look up) the signing key, compare. Requests are signed by the AWS SDK's
 * own signer: a form POST signed in the header, and a presigned GET (aws-iam-authenticator's form).
 * {@code uncached} alternates two secrets through a one-entry key cache, so that every verification
 * derives its signing key (four HMACs) as a server without the cache would.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SignatureVerificationBenchmark {

  private static final Instant SIGNED_AT = Instant.parse("2026-01-02T03:04:05Z");
  private static final String[] SECRETS = {
    "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY"
  };

  @Param({"header", "presigned"})
  public String form;

  @Param({"cached", "uncached"})
  public String signingKeys;

  private SignatureV4 verifier;
  private final SignedRequest[] requests = new SignedRequest[2];
  private int next;

  @Setup
  public void sign() {
    verifier = signingKeys.equals("cached") ? new SignatureV4() : new SignatureV4(1);
    for (int i = 0; i < 2; i++) {
      requests[i] = form.equals("header") ? headerSigned(SECRETS[i]) : presigned(SECRETS[i]);
    }
  }

  @Benchmark
  public SignatureClaim verify() {
    int i = next;
    next = 1 - i;
    SignedRequest request = requests[signingKeys.equals("cached") ? 0 : i];
    SignatureClaim claim = SignatureClaim.from(request);
    verifier.verify(request, claim, SECRETS[signingKeys.equals("cached") ? 0 : i]);
    return claim;
  }

  private static SignedRequest headerSigned(String secret) {
    byte[] body =
        "Action=AssumeRole&Version=2011-06-15&RoleArn=arn%3Aaws%3Aiam%3A%3A123456789012%3Arole%2Fapp&RoleSessionName=bench"
            .getBytes(StandardCharsets.UTF_8);
    SdkHttpRequest request =
        SdkHttpRequest.builder()
            .method(SdkHttpMethod.POST)
            .uri(URI.create("https://sts.us-east-1.amazonaws.com/"))
            .putHeader("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
            .putHeader("User-Agent", "aws-sdk-java/2.57.8 md/io#sync md/http#Apache ua/2.1")
            .build();
    return toDomain(sign(request, body, secret, false), body);
  }

  private static SignedRequest presigned(String secret) {
    SdkHttpRequest request =
        SdkHttpRequest.builder()
            .method(SdkHttpMethod.GET)
            .uri(
                URI.create(
                    "https://sts.us-east-1.amazonaws.com/?Action=GetCallerIdentity&Version=2011-06-15"))
            .putHeader("x-k8s-aws-id", "cluster-name")
            .build();
    return toDomain(sign(request, null, secret, true), null);
  }

  private static SdkHttpRequest sign(
      SdkHttpRequest request, byte[] body, String secret, boolean presigned) {
    return AwsV4HttpSigner.create()
        .sign(
            r -> {
              r.request(request)
                  .identity(AwsBasicCredentials.create("AKIAIOSFODNN7EXAMPLE", secret))
                  .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "sts")
                  .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1")
                  .putProperty(
                      AwsV4HttpSigner.SIGNING_CLOCK, Clock.fixed(SIGNED_AT, ZoneOffset.UTC));
              if (body != null) {
                r.payload(ContentStreamProvider.fromByteArray(body));
              }
              if (presigned) {
                r.putProperty(
                        AwsV4HttpSigner.AUTH_LOCATION,
                        AwsV4FamilyHttpSigner.AuthLocation.QUERY_STRING)
                    .putProperty(AwsV4HttpSigner.EXPIRATION_DURATION, Duration.ofSeconds(60));
              }
            })
        .request();
  }

  /** What the HTTP adapter extracts from the wire. */
  private static SignedRequest toDomain(SdkHttpRequest signed, byte[] body) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    signed.forEachHeader((name, values) -> headers.put(name, new ArrayList<>(values)));
    return new SignedRequest(
        signed.method().name(),
        signed.encodedPath(),
        signed.encodedQueryParameters().orElse(null),
        headers,
        body);
  }
}
