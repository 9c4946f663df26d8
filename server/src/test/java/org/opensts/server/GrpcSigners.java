package org.opensts.server;

import org.opensts.adapter.grpc.SigV4ClientInterceptor;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;

/** The project's SigV4 client interceptor for an AWS SDK credential, long-term or temporary. */
final class GrpcSigners {

  private GrpcSigners() {}

  static SigV4ClientInterceptor of(AwsCredentials credentials) {
    SigV4ClientInterceptor.Credentials signing =
        credentials instanceof AwsSessionCredentials session
            ? SigV4ClientInterceptor.Credentials.temporary(
                session.accessKeyId(), session.secretAccessKey(), session.sessionToken())
            : SigV4ClientInterceptor.Credentials.of(
                credentials.accessKeyId(), credentials.secretAccessKey());
    return new SigV4ClientInterceptor(signing, "us-east-1");
  }
}
