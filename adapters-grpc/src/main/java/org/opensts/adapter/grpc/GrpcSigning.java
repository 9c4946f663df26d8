package org.opensts.adapter.grpc;

/**
 * What client and server agree on when SigV4 signs a gRPC call: the signed headers' names and the
 * fixed parts of the canonical request.
 */
final class GrpcSigning {

  /** The SigV4 service name both STS endpoints answer for. */
  static final String SERVICE = "sts";

  /** Every gRPC call is an HTTP/2 POST. */
  static final String METHOD = "POST";

  /**
   * The content type signed for every call. Transports add and strip the real header themselves, so
   * both sides sign this value rather than whatever a proxy may have rewritten it to.
   */
  static final String CONTENT_TYPE = "application/grpc";

  static final String AUTHORIZATION = "authorization";
  static final String X_AMZ_DATE = "x-amz-date";
  static final String X_AMZ_SECURITY_TOKEN = "x-amz-security-token";
  static final String X_AMZ_CONTENT_SHA256 = "x-amz-content-sha256";

  private GrpcSigning() {}

  /** The canonical path of a call: its full method name with a leading slash. */
  static String path(String fullMethodName) {
    return "/" + fullMethodName;
  }
}
