package org.opensts.adapter.grpc;

import io.grpc.stub.StreamObserver;
import org.opensts.adapter.grpc.v1.CreateTradeInTokenRequest;
import org.opensts.adapter.grpc.v1.CreateTradeInTokenResponse;
import org.opensts.adapter.grpc.v1.DelegationServiceGrpc;
import org.opensts.application.port.in.delegation.CreateTradeInTokenUseCase;

/** {@code sts.v1.DelegationService}: the customer's grant of a trade-in token. */
final class DelegationGrpcService extends DelegationServiceGrpc.DelegationServiceImplBase {

  private final CreateTradeInTokenUseCase createTradeInToken;

  DelegationGrpcService(CreateTradeInTokenUseCase createTradeInToken) {
    this.createTradeInToken = createTradeInToken;
  }

  @Override
  public void createTradeInToken(
      CreateTradeInTokenRequest request, StreamObserver<CreateTradeInTokenResponse> responses) {
    GrpcErrors.answer(
        "CreateTradeInToken",
        responses,
        () ->
            ProtoMapper.toProto(
                createTradeInToken.createTradeInToken(
                    ProtoMapper.toCommand(AuthenticatedCaller.current(), request))));
  }
}
