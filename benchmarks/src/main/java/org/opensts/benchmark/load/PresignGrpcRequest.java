package org.opensts.benchmark.load;

import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.opensts.adapter.grpc.v1.AssumeRoleRequest;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;

/**
 * Signs one gRPC AssumeRole call for scenario (d), as {@code SigV4ClientInterceptor} would (the
 * signature covers the serialized message), with the AWS SDK's signer, into two files h2load
 * replays: {@code grpc-assume-role.body} (the message in its 5-byte gRPC frame) and {@code
 * grpc-assume-role.headers} (one {@code name: value} per line). Like an HTTP request, a signed call
 * may be replayed within 15 minutes.
 *
 * <p>Usage: {@code PresignGrpcRequest <host:port> <accessKeyId> <secretAccessKey> <roleArn>
 * <outDir>}
 */
public final class PresignGrpcRequest {

  static final String PATH = "/sts.v1.SecurityTokenService/AssumeRole";

  private PresignGrpcRequest() {}

  public static void main(String[] args) throws IOException {
    URI endpoint = URI.create("http://" + args[0] + PATH);
    AwsBasicCredentials credentials = AwsBasicCredentials.create(args[1], args[2]);
    Path out = Files.createDirectories(Path.of(args[4]));
    byte[] message =
        AssumeRoleRequest.newBuilder()
            .setRoleArn(args[3])
            .setRoleSessionName("grpc-load")
            .setDurationSeconds(3600)
            .build()
            .toByteArray();
    SdkHttpRequest unsigned =
        SdkHttpRequest.builder()
            .method(SdkHttpMethod.POST)
            .uri(endpoint)
            .putHeader("content-type", "application/grpc")
            .build();
    SdkHttpRequest signed = PresignRequests.sign(unsigned, credentials, message);
    List<String> headers = new ArrayList<>();
    signed.forEachHeader(
        (name, values) -> {
          // h2load sends :authority itself, from the URI, which is what was signed as host.
          if (!name.equalsIgnoreCase("host")) {
            values.forEach(value -> headers.add(name + ": " + value));
          }
        });
    headers.add("te: trailers");
    Files.write(out.resolve("grpc-assume-role.headers"), headers);
    Files.write(
        out.resolve("grpc-assume-role.body"),
        ByteBuffer.allocate(5 + message.length)
            .put((byte) 0)
            .putInt(message.length)
            .put(message)
            .array());
  }
}
