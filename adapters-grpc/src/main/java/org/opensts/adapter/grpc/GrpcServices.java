package org.opensts.adapter.grpc;

import io.grpc.ServerInterceptors;
import io.grpc.ServerServiceDefinition;
import org.opensts.application.port.in.auth.AuthenticateRequestUseCase;
import org.opensts.application.port.in.auth.AuthorizeUseCase;
import org.opensts.application.port.in.sts.AssumeRoleUseCase;
import org.opensts.application.port.in.sts.DecodeAuthorizationMessageUseCase;
import org.opensts.application.port.in.sts.GetAccessKeyInfoUseCase;
import org.opensts.application.port.in.sts.GetCallerIdentityUseCase;
import org.opensts.application.port.in.sts.GetFederationTokenUseCase;
import org.opensts.application.port.in.sts.GetSessionTokenUseCase;

/**
 * The sts.v1 services, each with SigV4 authentication bound to it alone (not to the whole server,
 * so that a health or reflection service beside them is not asked for signatures), ready to be
 * added to any grpc-java server.
 */
public final class GrpcServices {

  private GrpcServices() {}

  /** {@code sts.v1.SecurityTokenService}: the STS operations. */
  public static ServerServiceDefinition securityTokenService(
      AuthenticateRequestUseCase authenticator,
      AssumeRoleUseCase assumeRole,
      GetSessionTokenUseCase getSessionToken,
      GetFederationTokenUseCase getFederationToken,
      GetCallerIdentityUseCase getCallerIdentity,
      GetAccessKeyInfoUseCase getAccessKeyInfo,
      DecodeAuthorizationMessageUseCase decodeAuthorizationMessage) {
    return ServerInterceptors.intercept(
        new SecurityTokenGrpcService(
            assumeRole,
            getSessionToken,
            getFederationToken,
            getCallerIdentity,
            getAccessKeyInfo,
            decodeAuthorizationMessage),
        new SigV4ServerInterceptor(authenticator));
  }

  /** {@code sts.v1.RequestAuthorizationService}: VerifyRequest and Authorize. */
  public static ServerServiceDefinition requestAuthorizationService(
      AuthenticateRequestUseCase authenticator, AuthorizeUseCase authorize) {
    return ServerInterceptors.intercept(
        new RequestAuthorizationGrpcService(authenticator, authorize),
        new SigV4ServerInterceptor(authenticator));
  }
}
