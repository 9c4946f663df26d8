package org.opensts.adapter.grpc;

import com.google.common.util.concurrent.MoreExecutors;
import com.google.protobuf.InvalidProtocolBufferException;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import java.util.Set;
import java.util.concurrent.Executor;
import org.opensts.adapter.grpc.v1.AssumeRoleRequest;
import org.opensts.adapter.grpc.v1.DelegationServiceGrpc;
import org.opensts.adapter.grpc.v1.GetSessionTokenRequest;
import org.opensts.adapter.grpc.v1.SecurityTokenServiceGrpc;

/**
 * Moves a call that may wait (a store write, an identity provider's keys fetched over the network)
 * to the blocking pool as soon as its message says so; the others go on where they started, on the
 * transport thread that read them when the server runs the sts.v1 services there ({@link
 * GrpcServices#callExecutor}): handing a call that only computes to another thread costs more than
 * serving it. From the hop on, the call's callbacks run one after the other, in order, on the pool.
 */
final class WaitingCalls implements ServerInterceptor {

  private static final Set<String> ALWAYS_WAITING =
      Set.of(
          SecurityTokenServiceGrpc.getAssumeRoleWithWebIdentityMethod().getFullMethodName(),
          SecurityTokenServiceGrpc.getGetWebIdentityTokenMethod().getFullMethodName(),
          DelegationServiceGrpc.getCreateTradeInTokenMethod().getFullMethodName());
  private static final String ASSUME_ROLE =
      SecurityTokenServiceGrpc.getAssumeRoleMethod().getFullMethodName();
  private static final String GET_SESSION_TOKEN =
      SecurityTokenServiceGrpc.getGetSessionTokenMethod().getFullMethodName();

  private final Executor blocking;

  WaitingCalls(Executor blocking) {
    this.blocking = blocking;
  }

  /**
   * Whether serving the message may wait: the identity-provider and store-writing methods always,
   * and a call with an MFA token code, whose use the store records.
   */
  private static boolean mayWait(String fullMethodName, byte[] message) {
    if (ALWAYS_WAITING.contains(fullMethodName)) {
      return true;
    }
    try {
      if (fullMethodName.equals(ASSUME_ROLE)) {
        return AssumeRoleRequest.parseFrom(message).hasTokenCode();
      }
      if (fullMethodName.equals(GET_SESSION_TOKEN)) {
        return GetSessionTokenRequest.parseFrom(message).hasTokenCode();
      }
    } catch (InvalidProtocolBufferException e) {
      // Refused by the method itself, at once.
    }
    return false;
  }

  @Override
  public <Q, R> ServerCall.Listener<Q> interceptCall(
      ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
    return new Listener<>(
        next.startCall(call, headers), call.getMethodDescriptor().getFullMethodName());
  }

  private final class Listener<Q> extends ServerCall.Listener<Q> {

    private final ServerCall.Listener<Q> delegate;
    private final String fullMethodName;
    private Executor executor = MoreExecutors.directExecutor();

    Listener(ServerCall.Listener<Q> delegate, String fullMethodName) {
      this.delegate = delegate;
      this.fullMethodName = fullMethodName;
    }

    @Override
    public void onMessage(Q message) {
      if (executor == MoreExecutors.directExecutor()
          && message instanceof byte[] bytes
          && mayWait(fullMethodName, bytes)) {
        executor = MoreExecutors.newSequentialExecutor(blocking);
      }
      executor.execute(() -> delegate.onMessage(message));
    }

    @Override
    public void onHalfClose() {
      executor.execute(delegate::onHalfClose);
    }

    @Override
    public void onCancel() {
      executor.execute(delegate::onCancel);
    }

    @Override
    public void onComplete() {
      executor.execute(delegate::onComplete);
    }

    @Override
    public void onReady() {
      executor.execute(delegate::onReady);
    }
  }
}
