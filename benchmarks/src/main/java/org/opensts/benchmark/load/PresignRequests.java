package org.opensts.benchmark.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.Credentials;

/**
 * Signs the load benchmark's requests with the AWS SDK's own SigV4 signer, as an SDK would send
 * them, into files that wrk replays: STS accepts a signed request again and again within its
 * 15-minute window. Each file holds {@code count} distinct requests, one per line: {@code method
 * TAB path TAB headers (name: value, separated by 0x1F) TAB body}. One request of each scenario is
 * sent first, and the size of its answer written to {@code sizes.txt}, so that the limit reference
 * answers with bodies of the same size.
 *
 * <p>Usage: {@code PresignRequests <endpoint> <accessKeyId> <secretAccessKey> <roleArn> <outDir>
 * <count>}
 */
public final class PresignRequests {

  private static final String REGION = "us-east-1";
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private PresignRequests() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    URI endpoint = URI.create(args[0]);
    AwsBasicCredentials longTerm = AwsBasicCredentials.create(args[1], args[2]);
    String roleArn = args[3];
    Path out = Files.createDirectories(Path.of(args[4]));
    int count = Integer.parseInt(args[5]);

    Credentials session = assumeRole(endpoint, longTerm, roleArn);
    AwsSessionCredentials temporary =
        AwsSessionCredentials.create(
            session.accessKeyId(), session.secretAccessKey(), session.sessionToken());

    List<String> sizes = new ArrayList<>();
    sizes.add(write(out, "gci-long", endpoint, longTerm, count, i -> GET_CALLER_IDENTITY));
    sizes.add(
        write(
            out,
            "assume-role",
            endpoint,
            longTerm,
            count,
            i ->
                "Action=AssumeRole&Version=2011-06-15&RoleArn="
                    + URLEncoder.encode(roleArn, StandardCharsets.UTF_8)
                    + "&RoleSessionName=load-"
                    + i
                    + "&DurationSeconds=3600"));
    sizes.add(write(out, "gci-temp", endpoint, temporary, count, i -> GET_CALLER_IDENTITY));
    Files.write(out.resolve("sizes.txt"), sizes);
  }

  private static final String GET_CALLER_IDENTITY = "Action=GetCallerIdentity&Version=2011-06-15";

  /** The role session whose credentials scenario (c) signs with, for an hour. */
  private static Credentials assumeRole(
      URI endpoint, AwsBasicCredentials credentials, String roleArn) {
    try (StsClient sts =
        StsClient.builder()
            .endpointOverride(endpoint)
            .region(Region.of(REGION))
            .credentialsProvider(StaticCredentialsProvider.create(credentials))
            .httpClient(UrlConnectionHttpClient.create())
            .build()) {
      return sts.assumeRole(
              r -> r.roleArn(roleArn).roleSessionName("load-temporary").durationSeconds(3600))
          .credentials();
    }
  }

  /** Writes the scenario's requests; returns "scenario bytes", its answer's size. */
  private static String write(
      Path out,
      String scenario,
      URI endpoint,
      AwsCredentialsIdentity credentials,
      int count,
      java.util.function.IntFunction<String> form)
      throws IOException, InterruptedException {
    List<String> lines = new ArrayList<>();
    SdkHttpRequest first = null;
    for (int i = 0; i < count; i++) {
      byte[] body = form.apply(i).getBytes(StandardCharsets.UTF_8);
      SdkHttpRequest signed = sign(endpoint, credentials, body);
      if (first == null) {
        first = signed;
      }
      lines.add(line(signed, new String(body, StandardCharsets.UTF_8)));
    }
    Files.write(out.resolve(scenario + ".txt"), lines);
    HttpResponse<byte[]> answer = send(first, form.apply(0));
    if (answer.statusCode() != 200) {
      throw new IllegalStateException(
          scenario
              + " answered "
              + answer.statusCode()
              + ": "
              + new String(answer.body(), StandardCharsets.UTF_8));
    }
    return scenario + " " + answer.body().length;
  }

  private static SdkHttpRequest sign(
      URI endpoint, AwsCredentialsIdentity credentials, byte[] body) {
    return sign(
        SdkHttpRequest.builder()
            .method(SdkHttpMethod.POST)
            .uri(endpoint.resolve("/"))
            .putHeader("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
            .build(),
        credentials,
        body);
  }

  /** Signs as an SDK signs an STS request: service {@code sts}, the body as the payload. */
  public static SdkHttpRequest sign(
      SdkHttpRequest request, AwsCredentialsIdentity credentials, byte[] body) {
    return AwsV4HttpSigner.create()
        .sign(
            r ->
                r.request(request)
                    .identity(credentials)
                    .payload(ContentStreamProvider.fromByteArray(body))
                    .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "sts")
                    .putProperty(AwsV4HttpSigner.REGION_NAME, REGION))
        .request();
  }

  private static String line(SdkHttpRequest signed, String body) {
    List<String> headers = new ArrayList<>();
    signed.forEachHeader(
        (name, values) -> {
          if (!name.equalsIgnoreCase("content-length")) {
            values.forEach(value -> headers.add(name + ": " + value));
          }
        });
    return "POST\t" + signed.encodedPath() + "\t" + String.join("\u001f", headers) + "\t" + body;
  }

  private static HttpResponse<byte[]> send(SdkHttpRequest signed, String body)
      throws IOException, InterruptedException {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(signed.getUri()).timeout(Duration.ofSeconds(10));
    signed.forEachHeader(
        (name, values) -> {
          if (!name.equalsIgnoreCase("host") && !name.equalsIgnoreCase("content-length")) {
            values.forEach(value -> builder.header(name, value));
          }
        });
    builder.POST(HttpRequest.BodyPublishers.ofString(body));
    return HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
  }
}
