package org.opensts.adapter.grpc;

import io.grpc.stub.StreamObserver;
import org.opensts.adapter.grpc.v1.AssumeRoleRequest;
import org.opensts.adapter.grpc.v1.AssumeRoleResponse;
import org.opensts.adapter.grpc.v1.AssumeRoleWithSAMLRequest;
import org.opensts.adapter.grpc.v1.AssumeRoleWithSAMLResponse;
import org.opensts.adapter.grpc.v1.AssumeRoleWithWebIdentityRequest;
import org.opensts.adapter.grpc.v1.AssumeRoleWithWebIdentityResponse;
import org.opensts.adapter.grpc.v1.AssumeRootRequest;
import org.opensts.adapter.grpc.v1.AssumeRootResponse;
import org.opensts.adapter.grpc.v1.DecodeAuthorizationMessageRequest;
import org.opensts.adapter.grpc.v1.DecodeAuthorizationMessageResponse;
import org.opensts.adapter.grpc.v1.GetAccessKeyInfoRequest;
import org.opensts.adapter.grpc.v1.GetAccessKeyInfoResponse;
import org.opensts.adapter.grpc.v1.GetCallerIdentityRequest;
import org.opensts.adapter.grpc.v1.GetCallerIdentityResponse;
import org.opensts.adapter.grpc.v1.GetDelegatedAccessTokenRequest;
import org.opensts.adapter.grpc.v1.GetDelegatedAccessTokenResponse;
import org.opensts.adapter.grpc.v1.GetFederationTokenRequest;
import org.opensts.adapter.grpc.v1.GetFederationTokenResponse;
import org.opensts.adapter.grpc.v1.GetSessionTokenRequest;
import org.opensts.adapter.grpc.v1.GetSessionTokenResponse;
import org.opensts.adapter.grpc.v1.GetWebIdentityTokenRequest;
import org.opensts.adapter.grpc.v1.GetWebIdentityTokenResponse;
import org.opensts.adapter.grpc.v1.SecurityTokenServiceGrpc;
import org.opensts.application.port.in.sts.AssumeRoleUseCase;
import org.opensts.application.port.in.sts.AssumeRoleWithSamlUseCase;
import org.opensts.application.port.in.sts.AssumeRoleWithWebIdentityUseCase;
import org.opensts.application.port.in.sts.AssumeRootUseCase;
import org.opensts.application.port.in.sts.DecodeAuthorizationMessageUseCase;
import org.opensts.application.port.in.sts.GetAccessKeyInfoUseCase;
import org.opensts.application.port.in.sts.GetCallerIdentityCommand;
import org.opensts.application.port.in.sts.GetCallerIdentityUseCase;
import org.opensts.application.port.in.sts.GetDelegatedAccessTokenUseCase;
import org.opensts.application.port.in.sts.GetFederationTokenUseCase;
import org.opensts.application.port.in.sts.GetSessionTokenUseCase;
import org.opensts.application.port.in.sts.GetWebIdentityTokenUseCase;

/**
 * {@code sts.v1.SecurityTokenService}: each rpc translates its message and calls its use case, with
 * the authenticated caller, or, for the unsigned federation calls, the call's origin.
 */
final class SecurityTokenGrpcService extends SecurityTokenServiceGrpc.SecurityTokenServiceImplBase {

  private final AssumeRoleUseCase assumeRole;
  private final AssumeRoleWithWebIdentityUseCase assumeRoleWithWebIdentity;
  private final AssumeRoleWithSamlUseCase assumeRoleWithSaml;
  private final GetSessionTokenUseCase getSessionToken;
  private final GetFederationTokenUseCase getFederationToken;
  private final GetCallerIdentityUseCase getCallerIdentity;
  private final GetAccessKeyInfoUseCase getAccessKeyInfo;
  private final DecodeAuthorizationMessageUseCase decodeAuthorizationMessage;
  private final AssumeRootUseCase assumeRoot;
  private final GetDelegatedAccessTokenUseCase getDelegatedAccessToken;
  private final GetWebIdentityTokenUseCase getWebIdentityToken;

  SecurityTokenGrpcService(GrpcServices.SecurityTokenUseCases useCases) {
    this.assumeRole = useCases.assumeRole();
    this.assumeRoleWithWebIdentity = useCases.assumeRoleWithWebIdentity();
    this.assumeRoleWithSaml = useCases.assumeRoleWithSaml();
    this.getSessionToken = useCases.getSessionToken();
    this.getFederationToken = useCases.getFederationToken();
    this.getCallerIdentity = useCases.getCallerIdentity();
    this.getAccessKeyInfo = useCases.getAccessKeyInfo();
    this.decodeAuthorizationMessage = useCases.decodeAuthorizationMessage();
    this.assumeRoot = useCases.assumeRoot();
    this.getDelegatedAccessToken = useCases.getDelegatedAccessToken();
    this.getWebIdentityToken = useCases.getWebIdentityToken();
  }

  @Override
  public void assumeRole(AssumeRoleRequest request, StreamObserver<AssumeRoleResponse> responses) {
    GrpcErrors.answer(
        "AssumeRole",
        responses,
        () ->
            ProtoMapper.toProto(
                assumeRole.assumeRole(
                    ProtoMapper.toCommand(AuthenticatedCaller.current(), request))));
  }

  @Override
  public void assumeRoleWithWebIdentity(
      AssumeRoleWithWebIdentityRequest request,
      StreamObserver<AssumeRoleWithWebIdentityResponse> responses) {
    GrpcErrors.answer(
        "AssumeRoleWithWebIdentity",
        responses,
        () ->
            ProtoMapper.toProto(
                assumeRoleWithWebIdentity.assumeRoleWithWebIdentity(
                    ProtoMapper.toCommand(CallOrigin.current(), request))));
  }

  @Override
  public void assumeRoleWithSAML(
      AssumeRoleWithSAMLRequest request, StreamObserver<AssumeRoleWithSAMLResponse> responses) {
    GrpcErrors.answer(
        "AssumeRoleWithSAML",
        responses,
        () ->
            ProtoMapper.toProto(
                assumeRoleWithSaml.assumeRoleWithSaml(
                    ProtoMapper.toCommand(CallOrigin.current(), request))));
  }

  @Override
  public void getSessionToken(
      GetSessionTokenRequest request, StreamObserver<GetSessionTokenResponse> responses) {
    GrpcErrors.answer(
        "GetSessionToken",
        responses,
        () ->
            ProtoMapper.toProto(
                getSessionToken.getSessionToken(
                    ProtoMapper.toCommand(AuthenticatedCaller.current(), request))));
  }

  @Override
  public void getFederationToken(
      GetFederationTokenRequest request, StreamObserver<GetFederationTokenResponse> responses) {
    GrpcErrors.answer(
        "GetFederationToken",
        responses,
        () ->
            ProtoMapper.toProto(
                getFederationToken.getFederationToken(
                    ProtoMapper.toCommand(AuthenticatedCaller.current(), request))));
  }

  @Override
  public void getCallerIdentity(
      GetCallerIdentityRequest request, StreamObserver<GetCallerIdentityResponse> responses) {
    GrpcErrors.answer(
        "GetCallerIdentity",
        responses,
        () ->
            ProtoMapper.toProto(
                getCallerIdentity.getCallerIdentity(
                    new GetCallerIdentityCommand(AuthenticatedCaller.current()))));
  }

  @Override
  public void getAccessKeyInfo(
      GetAccessKeyInfoRequest request, StreamObserver<GetAccessKeyInfoResponse> responses) {
    GrpcErrors.answer(
        "GetAccessKeyInfo",
        responses,
        () ->
            ProtoMapper.toProto(
                getAccessKeyInfo.getAccessKeyInfo(
                    ProtoMapper.toCommand(AuthenticatedCaller.current(), request))));
  }

  @Override
  public void decodeAuthorizationMessage(
      DecodeAuthorizationMessageRequest request,
      StreamObserver<DecodeAuthorizationMessageResponse> responses) {
    GrpcErrors.answer(
        "DecodeAuthorizationMessage",
        responses,
        () ->
            ProtoMapper.toProto(
                decodeAuthorizationMessage.decodeAuthorizationMessage(
                    ProtoMapper.toCommand(AuthenticatedCaller.current(), request))));
  }

  @Override
  public void getWebIdentityToken(
      GetWebIdentityTokenRequest request, StreamObserver<GetWebIdentityTokenResponse> responses) {
    GrpcErrors.answer(
        "GetWebIdentityToken",
        responses,
        () ->
            ProtoMapper.toProto(
                getWebIdentityToken.getWebIdentityToken(
                    ProtoMapper.toCommand(AuthenticatedCaller.current(), request))));
  }

  @Override
  public void assumeRoot(AssumeRootRequest request, StreamObserver<AssumeRootResponse> responses) {
    GrpcErrors.answer(
        "AssumeRoot",
        responses,
        () ->
            ProtoMapper.toProto(
                assumeRoot.assumeRoot(
                    ProtoMapper.toCommand(AuthenticatedCaller.current(), request))));
  }

  @Override
  public void getDelegatedAccessToken(
      GetDelegatedAccessTokenRequest request,
      StreamObserver<GetDelegatedAccessTokenResponse> responses) {
    GrpcErrors.answer(
        "GetDelegatedAccessToken",
        responses,
        () ->
            ProtoMapper.toProto(
                getDelegatedAccessToken.getDelegatedAccessToken(
                    ProtoMapper.toCommand(AuthenticatedCaller.current(), request))));
  }
}
