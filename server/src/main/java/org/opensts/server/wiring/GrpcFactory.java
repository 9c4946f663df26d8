package org.opensts.server.wiring;

import io.grpc.ServerBuilder;
import io.grpc.ServerServiceDefinition;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.concurrent.Executor;
import org.opensts.adapter.grpc.GrpcServices;
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
 * The gRPC API's services as beans, which micronaut-grpc serves on {@code grpc.server.port}; the
 * adapter itself stays framework-free.
 */
@Factory
class GrpcFactory {

  @Singleton
  GrpcServices.Guards guards(
      AuthenticateRequestUseCase authenticator, AdmitRequestUseCase admission) {
    return new GrpcServices.Guards(authenticator, admission);
  }

  @Singleton
  ServerServiceDefinition securityTokenService(
      GrpcServices.Guards guards,
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
      GetDelegatedAccessTokenUseCase getDelegatedAccessToken,
      AuditTrail auditTrail,
      Clock clock,
      StsSettings settings,
      @Named(TaskExecutors.BLOCKING) Executor blocking) {
    return GrpcServices.waitingCallsOn(
        blocking,
        GrpcServices.securityTokenService(
            guards,
            new GrpcServices.SecurityTokenUseCases(
                assumeRole,
                assumeRoleWithWebIdentity,
                assumeRoleWithSaml,
                getSessionToken,
                getFederationToken,
                getCallerIdentity,
                getAccessKeyInfo,
                decodeAuthorizationMessage,
                getWebIdentityToken,
                assumeRoot,
                getDelegatedAccessToken),
            auditTrail,
            clock,
            settings.getRegion()));
  }

  @Singleton
  ServerServiceDefinition delegationService(
      GrpcServices.Guards guards,
      CreateTradeInTokenUseCase createTradeInToken,
      @Named(TaskExecutors.BLOCKING) Executor blocking) {
    return GrpcServices.waitingCallsOn(
        blocking, GrpcServices.delegationService(guards, createTradeInToken));
  }

  @Singleton
  ServerServiceDefinition requestAuthorizationService(
      GrpcServices.Guards guards,
      AuthorizeUseCase authorize,
      @Named(TaskExecutors.BLOCKING) Executor blocking) {
    return GrpcServices.waitingCallsOn(
        blocking, GrpcServices.requestAuthorizationService(guards, authorize));
  }

  /** The sts.v1 calls run on the transport thread that read them; see waitingCallsOn. */
  @Singleton
  BeanCreatedEventListener<ServerBuilder<?>> callsOnTransportThreads(
      @Named(TaskExecutors.BLOCKING) Executor blocking) {
    return event -> {
      GrpcServices.serveOnTransportThreads(event.getBean(), blocking);
      return event.getBean();
    };
  }
}
