package org.opensts.adapter.grpc;

import com.google.common.util.concurrent.MoreExecutors;
import io.grpc.Metadata;
import io.grpc.ServerBuilder;
import io.grpc.ServerCall;
import io.grpc.ServerCallExecutorSupplier;
import io.grpc.ServerInterceptors;
import io.grpc.ServerServiceDefinition;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.Executor;
import org.opensts.adapter.grpc.v1.DelegationServiceGrpc;
import org.opensts.adapter.grpc.v1.RequestAuthorizationServiceGrpc;
import org.opensts.adapter.grpc.v1.SecurityTokenServiceGrpc;
import org.opensts.application.port.in.admission.AdmitRequestUseCase;
import org.opensts.application.port.in.auth.AuthenticateRequestUseCase;
import org.opensts.application.port.in.auth.AuthorizeUseCase;
import org.opensts.application.port.in.delegation.CreateTradeInTokenUseCase;
import org.opensts.application.port.in.sts.AssumeRoleUseCase;
import org.opensts.application.port.in.sts.AssumeRoleWithSamlUseCase;
import org.opensts.application.port.in.sts.AssumeRoleWithWebIdentityUseCase;
import org.opensts.application.port.in.sts.AssumeRootUseCase;
import org.opensts.application.port.in.sts.DecodeAuthorizationMessageUseCase;
import org.opensts.application.port.in.sts.GetAccessKeyInfoUseCase;
import org.opensts.application.port.in.sts.GetCallerIdentityUseCase;
import org.opensts.application.port.in.sts.GetDelegatedAccessTokenUseCase;
import org.opensts.application.port.in.sts.GetFederationTokenUseCase;
import org.opensts.application.port.in.sts.GetSessionTokenUseCase;
import org.opensts.application.port.in.sts.GetWebIdentityTokenUseCase;
import org.opensts.application.port.out.AuditTrail;

/**
 * The sts.v1 services, each with SigV4 authentication bound to it alone (not to the whole server,
 * so that a health or reflection service beside them is not asked for signatures), ready to be
 * added to any grpc-java server. Their methods take and return raw bytes, so that the interceptor
 * hashes the message as received; each method parses its bytes once they are authenticated.
 */
public final class GrpcServices {

  /** The services this adapter defines; see {@link #callExecutor()}. */
  private static final Set<String> STS_SERVICES =
      Set.of(
          SecurityTokenServiceGrpc.SERVICE_NAME,
          RequestAuthorizationServiceGrpc.SERVICE_NAME,
          DelegationServiceGrpc.SERVICE_NAME);

  private GrpcServices() {}

  /**
   * {@code sts.v1.SecurityTokenService}: the STS operations, AssumeRoleWithWebIdentity and
   * AssumeRoleWithSAML unsigned as in AWS, each call passed by the guards and recorded as one audit
   * event in {@code trail}, allowed or denied (authentication failures and refusals included).
   */
  public static ServerServiceDefinition securityTokenService(
      Guards guards, SecurityTokenUseCases useCases, AuditTrail trail, Clock clock, String region) {
    ServerServiceDefinition service = new SecurityTokenGrpcService(useCases).bindService();
    return ServerInterceptors.intercept(
        guarded(service, guards), new AuditServerInterceptor(trail, clock, region));
  }

  /** What every call passes before a service sees it: admission, then SigV4 authentication. */
  public record Guards(AuthenticateRequestUseCase authenticator, AdmitRequestUseCase admission) {}

  /** The use cases {@code sts.v1.SecurityTokenService} serves. */
  public record SecurityTokenUseCases(
      AssumeRoleUseCase assumeRole,
      AssumeRoleWithWebIdentityUseCase assumeRoleWithWebIdentity,
      AssumeRoleWithSamlUseCase assumeRoleWithSaml,
      GetSessionTokenUseCase getSessionToken,
      GetFederationTokenUseCase getFederationToken,
      GetCallerIdentityUseCase getCallerIdentity,
      GetAccessKeyInfoUseCase getAccessKeyInfo,
      DecodeAuthorizationMessageUseCase decodeAuthorizationMessage,
      GetWebIdentityTokenUseCase getWebIdentityToken,
      AssumeRootUseCase assumeRoot,
      GetDelegatedAccessTokenUseCase getDelegatedAccessToken) {}

  /** {@code sts.v1.RequestAuthorizationService}: VerifyRequest and Authorize. */
  public static ServerServiceDefinition requestAuthorizationService(
      Guards guards, AuthorizeUseCase authorize) {
    return guarded(
        new RequestAuthorizationGrpcService(guards.authenticator(), authorize).bindService(),
        guards);
  }

  /**
   * {@code sts.v1.DelegationService}: CreateTradeInToken, the customer's side of temporary
   * delegation, behind the same guards.
   */
  public static ServerServiceDefinition delegationService(
      Guards guards, CreateTradeInTokenUseCase createTradeInToken) {
    return guarded(new DelegationGrpcService(createTradeInToken).bindService(), guards);
  }

  /**
   * The service with its calls that may wait moved to {@code blocking} once their message says so
   * (an identity provider's keys to fetch, a store write), outside every other interceptor so that
   * each call's callbacks all run on one side. Serve it with {@link #callExecutor()}: the others
   * then run on the transport thread that read them.
   */
  public static ServerServiceDefinition waitingCallsOn(
      Executor blocking, ServerServiceDefinition service) {
    return ServerInterceptors.intercept(service, new WaitingCalls(blocking));
  }

  /**
   * Serves the sts.v1 services' calls on the transport thread that read them (see {@link
   * #waitingCallsOn}), and any other service's on {@code others}. The server's own executor is
   * direct too: grpc-java looks a call's method up on it before the call's executor applies, and
   * with a pool there a call whose message arrived before the lookup was done ran on the pool.
   */
  public static void serveOnTransportThreads(ServerBuilder<?> server, Executor others) {
    server.directExecutor();
    server.callExecutor(
        new ServerCallExecutorSupplier() {
          @Override
          public <Q, R> Executor getExecutor(ServerCall<Q, R> call, Metadata metadata) {
            return STS_SERVICES.contains(call.getMethodDescriptor().getServiceName())
                ? MoreExecutors.directExecutor()
                : others;
          }
        });
  }

  /** The service over raw bytes, behind admission and the SigV4 interceptor (called in order). */
  private static ServerServiceDefinition guarded(ServerServiceDefinition service, Guards guards) {
    return ServerInterceptors.intercept(
        ServerInterceptors.useMarshalledMessages(service, RawMessageMarshaller.INSTANCE),
        new SigV4ServerInterceptor(guards.authenticator()),
        new AdmissionServerInterceptor(guards.admission()));
  }
}
