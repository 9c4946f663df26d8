package org.opensts.adapter.grpc;

import io.grpc.stub.StreamObserver;
import org.opensts.adapter.grpc.v1.AuthorizeRequest;
import org.opensts.adapter.grpc.v1.AuthorizeResponse;
import org.opensts.adapter.grpc.v1.RequestAuthorizationServiceGrpc;
import org.opensts.adapter.grpc.v1.VerifyRequestRequest;
import org.opensts.adapter.grpc.v1.VerifyRequestResponse;
import org.opensts.application.port.in.auth.AuthenticateRequestCommand;
import org.opensts.application.port.in.auth.AuthenticateRequestUseCase;
import org.opensts.application.port.in.auth.AuthorizeResult;
import org.opensts.application.port.in.auth.AuthorizeUseCase;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.error.AuthenticationException;
import org.opensts.domain.signature.SignedRequest;

/**
 * {@code sts.v1.RequestAuthorizationService}: authenticates a request an internal service received
 * with the same use case as our own endpoints, and decides on it. A request that fails to verify is
 * an answer, not a failed call: its AWS error comes back as a rejection for the service to relay.
 */
final class RequestAuthorizationGrpcService
    extends RequestAuthorizationServiceGrpc.RequestAuthorizationServiceImplBase {

  private final AuthenticateRequestUseCase authenticator;
  private final AuthorizeUseCase authorize;

  RequestAuthorizationGrpcService(
      AuthenticateRequestUseCase authenticator, AuthorizeUseCase authorize) {
    this.authenticator = authenticator;
    this.authorize = authorize;
  }

  @Override
  public void verifyRequest(
      VerifyRequestRequest request, StreamObserver<VerifyRequestResponse> responses) {
    GrpcErrors.answer(
        "VerifyRequest",
        responses,
        () -> {
          VerifyRequestResponse.Builder response = VerifyRequestResponse.newBuilder();
          try {
            response.setCaller(ProtoMapper.toProto(authenticate(request)));
          } catch (AuthenticationException e) {
            response.setRejection(ProtoMapper.toRejection(e));
          }
          return response.build();
        });
  }

  @Override
  public void authorize(AuthorizeRequest request, StreamObserver<AuthorizeResponse> responses) {
    GrpcErrors.answer(
        "Authorize",
        responses,
        () -> {
          Caller caller;
          try {
            caller = authenticate(request.getRequest());
          } catch (AuthenticationException e) {
            return AuthorizeResponse.newBuilder()
                .setAllowed(false)
                .setRejection(ProtoMapper.toRejection(e))
                .build();
          }
          AuthorizeResult result = authorize.authorize(ProtoMapper.toCommand(caller, request));
          AuthorizeResponse.Builder response =
              AuthorizeResponse.newBuilder()
                  .setAllowed(result.allowed())
                  .setExplicitDeny(result.explicitDeny())
                  .setCaller(ProtoMapper.toProto(caller));
          if (result.encodedMessage() != null) {
            response.setEncodedMessage(result.encodedMessage());
          }
          return response.build();
        });
  }

  /** Only authentication errors are the checked request's; a malformed question fails the call. */
  private Caller authenticate(VerifyRequestRequest request) {
    SignedRequest signed = ProtoMapper.toSignedRequest(request);
    return authenticator
        .authenticate(
            new AuthenticateRequestCommand(
                signed, request.getService(), ProtoMapper.toOrigin(request, signed)))
        .caller();
  }
}
