package org.opensts.server;

import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.IamClientBuilder;

/** AWS SDK IAM clients pointed at a test server, built as {@link TestServer#sts} builds STS's. */
final class IamClients {

  private IamClients() {}

  /**
   * IAM is a global service signed for us-east-1. Region.AWS_GLOBAL is not used: with an endpoint
   * override the SDK then scopes the signature to "aws-global", which the server (like AWS's
   * us-east-1 endpoint) refuses. No retries: a test must see the first answer.
   */
  static IamClient iam(TestServer server, AwsCredentials credentials) {
    return iam(server, StaticCredentialsProvider.create(credentials));
  }

  static IamClient iam(TestServer server, AwsCredentialsProvider credentials) {
    return builder(server, credentials).build();
  }

  /** A client whose raw responses the recorder keeps. */
  static IamClient recording(
      TestServer server, AwsCredentials credentials, IamResponseRecorder recorder) {
    return builder(server, StaticCredentialsProvider.create(credentials))
        .overrideConfiguration(
            o -> o.retryStrategy(b -> b.maxAttempts(1)).addExecutionInterceptor(recorder))
        .build();
  }

  private static IamClientBuilder builder(TestServer server, AwsCredentialsProvider credentials) {
    return IamClient.builder()
        .endpointOverride(server.endpoint())
        .region(Region.US_EAST_1)
        .credentialsProvider(credentials)
        .httpClient(UrlConnectionHttpClient.create())
        .overrideConfiguration(o -> o.retryStrategy(b -> b.maxAttempts(1)));
  }
}
