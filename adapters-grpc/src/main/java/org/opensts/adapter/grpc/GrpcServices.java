package org.opensts.adapter.grpc;

import io.grpc.ServerInterceptors;
import io.grpc.ServerServiceDefinition;
import java.time.Clock;
import org.opensts.application.port.in.auth.AuthenticateRequestUseCase;
import org.opensts.application.port.in.auth.AuthorizeUseCase;
import org.opensts.application.port.in.sts.AssumeRoleUseCase;
import org.opensts.application.port.in.sts.AssumeRoleWithSamlUseCase;
import org.opensts.application.port.in.sts.AssumeRoleWithWebIdentityUseCase;
import org.opensts.application.port.in.sts.DecodeAuthorizationMessageUseCase;
import org.opensts.application.port.in.sts.GetAccessKeyInfoUseCase;
import org.opensts.application.port.in.sts.GetCallerIdentityUseCase;
import org.opensts.application.port.in.sts.GetFederationTokenUseCase;
import org.opensts.application.port.in.sts.GetSessionTokenUseCase;
import org.opensts.application.port.out.AuditTrail;

/**
 * The sts.v1 services, each with SigV4 authentication bound to it alone (not to the whole server,
 * so that a health or reflection service beside them is not asked for signatures), ready to be
 * added to any grpc-java server. Their methods take and return raw bytes, so that the interceptor
 * hashes the message as received; each method parses its bytes once they are authenticated.
 */
public final class GrpcServices {

  private GrpcServices() {}

  /**
   * {@code sts.v1.SecurityTokenService}: the STS operations; AssumeRoleWithWebIdentity and
   * AssumeRoleWithSAML unsigned, as in AWS.
   */
  public static ServerServiceDefinition securityTokenService(
      AuthenticateRequestUseCase authenticator,
      AssumeRoleUseCase assumeRole,
      AssumeRoleWithWebIdentityUseCase assumeRoleWithWebIdentity,
      AssumeRoleWithSamlUseCase assumeRoleWithSaml,
      GetSessionTokenUseCase getSessionToken,
      GetFederationTokenUseCase getFederationToken,
      GetCallerIdentityUseCase getCallerIdentity,
      GetAccessKeyInfoUseCase getAccessKeyInfo,
      DecodeAuthorizationMessageUseCase decodeAuthorizationMessage) {
    return authenticated(
        new SecurityTokenGrpcService(
                assumeRole,
                assumeRoleWithWebIdentity,
                assumeRoleWithSaml,
                getSessionToken,
                getFederationToken,
                getCallerIdentity,
                getAccessKeyInfo,
                decodeAuthorizationMessage)
            .bindService(),
        authenticator);
  }

  /**
   * {@code sts.v1.SecurityTokenService} as above, with one audit event per call, allowed or denied
   * (authentication failures included), in {@code trail}.
   */
  public static ServerServiceDefinition securityTokenService(
      AuthenticateRequestUseCase authenticator,
      SecurityTokenUseCases useCases,
      AuditTrail trail,
      Clock clock,
      String region) {
    return ServerInterceptors.intercept(
        securityTokenService(
            authenticator,
            useCases.assumeRole(),
            useCases.assumeRoleWithWebIdentity(),
            useCases.assumeRoleWithSaml(),
            useCases.getSessionToken(),
            useCases.getFederationToken(),
            useCases.getCallerIdentity(),
            useCases.getAccessKeyInfo(),
            useCases.decodeAuthorizationMessage()),
        new AuditServerInterceptor(trail, clock, region));
  }

  /** The use cases {@code sts.v1.SecurityTokenService} serves. */
  public record SecurityTokenUseCases(
      AssumeRoleUseCase assumeRole,
      AssumeRoleWithWebIdentityUseCase assumeRoleWithWebIdentity,
      AssumeRoleWithSamlUseCase assumeRoleWithSaml,
      GetSessionTokenUseCase getSessionToken,
      GetFederationTokenUseCase getFederationToken,
      GetCallerIdentityUseCase getCallerIdentity,
      GetAccessKeyInfoUseCase getAccessKeyInfo,
      DecodeAuthorizationMessageUseCase decodeAuthorizationMessage) {}

  /** {@code sts.v1.RequestAuthorizationService}: VerifyRequest and Authorize. */
  public static ServerServiceDefinition requestAuthorizationService(
      AuthenticateRequestUseCase authenticator, AuthorizeUseCase authorize) {
    return authenticated(
        new RequestAuthorizationGrpcService(authenticator, authorize).bindService(), authenticator);
  }

  /** The service over raw bytes, behind the SigV4 interceptor. */
  private static ServerServiceDefinition authenticated(
      ServerServiceDefinition service, AuthenticateRequestUseCase authenticator) {
    return ServerInterceptors.intercept(
        ServerInterceptors.useMarshalledMessages(service, RawMessageMarshaller.INSTANCE),
        new SigV4ServerInterceptor(authenticator));
  }
}
