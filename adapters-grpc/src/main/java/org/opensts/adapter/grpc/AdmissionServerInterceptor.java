package org.opensts.adapter.grpc;

import io.grpc.ForwardingServerCall;
import io.grpc.ForwardingServerCallListener;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import org.opensts.application.port.in.admission.AdmitRequestCommand;
import org.opensts.application.port.in.admission.AdmitRequestResult;
import org.opensts.application.port.in.admission.AdmitRequestUseCase;
import org.opensts.domain.error.CapacityException;

/**
 * The same admission as the Query endpoint's, before a call is authenticated: a key over its rate
 * gets {@code Throttling}, a full server {@code ServiceUnavailable}. The place a call holds is
 * given back when it is answered or cancelled.
 */
final class AdmissionServerInterceptor implements ServerInterceptor {

  private final AdmitRequestUseCase admission;

  AdmissionServerInterceptor(AdmitRequestUseCase admission) {
    this.admission = admission;
  }

  @Override
  public <Q, R> ServerCall.Listener<Q> interceptCall(
      ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
    AdmitRequestResult admitted;
    try {
      admitted = admission.admit(new AdmitRequestCommand(ClaimedAccessKey.of(headers)));
    } catch (CapacityException e) {
      StatusRuntimeException refusal = GrpcErrors.toStatusException(e);
      call.close(refusal.getStatus(), refusal.getTrailers());
      return new ServerCall.Listener<>() {};
    }
    ServerCall<Q, R> releasing =
        new ForwardingServerCall.SimpleForwardingServerCall<>(call) {
          @Override
          public void close(Status status, Metadata trailers) {
            try {
              super.close(status, trailers);
            } finally {
              admitted.close();
            }
          }
        };
    ServerCall.Listener<Q> listener;
    try {
      listener = next.startCall(releasing, headers);
    } catch (RuntimeException e) {
      admitted.close();
      throw e;
    }
    return new ForwardingServerCallListener.SimpleForwardingServerCallListener<>(listener) {
      @Override
      public void onCancel() {
        try {
          super.onCancel();
        } finally {
          admitted.close();
        }
      }
    };
  }
}
