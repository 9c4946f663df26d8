package org.opensts.adapter.grpc;

import com.google.protobuf.Message;
import com.google.rpc.ErrorInfo;
import io.grpc.ForwardingServerCall;
import io.grpc.ForwardingServerCallListener;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import io.grpc.protobuf.StatusProto;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.opensts.application.port.out.AuditEvent;
import org.opensts.application.port.out.AuditTrail;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.credential.RequestOrigin;
import org.opensts.domain.identity.RandomUuids;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records one audit event per STS call, allowed or denied, once its status is known, and gives the
 * call a request id ({@code x-amzn-requestid} in the headers, or the trailers of a call answered
 * without headers) that the event carries too. It sits outside the SigV4 interceptor, so that calls
 * refused by authentication are recorded as well; the caller, when there is one, is in the Context
 * the service answers in.
 */
final class AuditServerInterceptor implements ServerInterceptor {

  static final Metadata.Key<String> REQUEST_ID =
      Metadata.Key.of("x-amzn-requestid", Metadata.ASCII_STRING_MARSHALLER);

  private static final Logger LOG = LoggerFactory.getLogger(AuditServerInterceptor.class);

  private final AuditTrail trail;
  private final Clock clock;
  private final String region;

  AuditServerInterceptor(AuditTrail trail, Clock clock, String region) {
    this.trail = trail;
    this.clock = clock;
    this.region = region;
  }

  @Override
  public <Q, R> ServerCall.Listener<Q> interceptCall(
      ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
    AuditedCall<Q, R> audited = new AuditedCall<>(call, headers);
    ServerCall.Listener<Q> listener = next.startCall(audited, headers);
    return new ForwardingServerCallListener.SimpleForwardingServerCallListener<>(listener) {
      @Override
      public void onMessage(Q message) {
        if (audited.request == null) {
          audited.request = message;
        }
        super.onMessage(message);
      }
    };
  }

  /** The call as the service answers it: its response and status are what the event records. */
  private final class AuditedCall<Q, R>
      extends ForwardingServerCall.SimpleForwardingServerCall<Q, R> {

    private final Metadata headers;
    private final String requestId = RandomUuids.next(ThreadLocalRandom.current());
    private volatile Object request;
    private volatile Object response;
    private volatile boolean headersSent;

    AuditedCall(ServerCall<Q, R> call, Metadata headers) {
      super(call);
      this.headers = headers;
    }

    @Override
    public void sendHeaders(Metadata responseHeaders) {
      responseHeaders.put(REQUEST_ID, requestId);
      headersSent = true;
      super.sendHeaders(responseHeaders);
    }

    @Override
    public void sendMessage(R message) {
      if (response == null) {
        response = message;
      }
      super.sendMessage(message);
    }

    @Override
    public void close(Status status, Metadata trailers) {
      if (!headersSent) {
        trailers.put(REQUEST_ID, requestId);
      }
      try {
        trail.record(event(status, trailers, AuthenticatedCaller.KEY.get()));
      } catch (RuntimeException e) {
        LOG.error("Building the audit event of request {} failed", requestId, e);
      }
      super.close(status, trailers);
    }

    private AuditEvent event(Status status, Metadata trailers, Caller caller) {
      String method = getMethodDescriptor().getFullMethodName();
      String action = getMethodDescriptor().getBareMethodName();
      boolean success = status.isOk();
      boolean readOnly = AuditEvent.isReadOnly(action);
      Map<String, Object> parameters =
          GrpcAuditMaps.parse(method, bytes(request), true)
              .map(GrpcAuditMaps::requestParameters)
              .orElse(Map.of());
      Map<String, Object> responseElements =
          success && (!readOnly || issuesCredentials(action))
              ? GrpcAuditMaps.parse(method, bytes(response), false)
                  .map(GrpcAuditMaps::responseElements)
                  .orElse(null)
              : null;
      RequestOrigin origin = SigV4ServerInterceptor.origin(delegate(), headers);
      AuditEvent.UserIdentity identity = identity(caller, action, responseElements);
      return new AuditEvent(
          clock.instant(),
          AuditEvent.STS,
          action,
          region,
          origin.sourceIp(),
          origin.userAgent(),
          identity,
          parameters,
          responseElements,
          success ? null : errorCode(status, trailers),
          success ? null : status.getDescription(),
          requestId,
          RandomUuids.next(ThreadLocalRandom.current()),
          readOnly,
          identity.accountId() != null
              ? identity.accountId()
              : accountOf(parameters.get("roleArn")),
          success && AuditEvent.isAssumeRole(action)
              ? RandomUuids.next(ThreadLocalRandom.current())
              : null);
    }

    private AuditEvent.UserIdentity identity(
        Caller caller, String action, Map<String, Object> elements) {
      if (caller != null) {
        return AuditEvent.UserIdentity.of(caller);
      }
      if (action.equals("AssumeRoleWithWebIdentity")) {
        return AuditEvent.UserIdentity.federated(
            "WebIdentityUser",
            GrpcAuditMaps.text(elements, "provider"),
            GrpcAuditMaps.text(elements, "subjectFromWebIdentityToken"));
      }
      if (action.equals("AssumeRoleWithSAML")) {
        return AuditEvent.UserIdentity.federated(
            "SAMLUser",
            GrpcAuditMaps.text(elements, "issuer"),
            GrpcAuditMaps.text(elements, "subject"));
      }
      return AuditEvent.UserIdentity.unknown(ClaimedAccessKey.of(headers).orElse(null));
    }
  }

  /** AWS's code from the ErrorInfo the status carries, else the gRPC status code. */
  private static String errorCode(Status status, Metadata trailers) {
    com.google.rpc.Status details = StatusProto.fromStatusAndTrailers(status, trailers);
    for (com.google.protobuf.Any any : details.getDetailsList()) {
      if (any.is(ErrorInfo.class)) {
        try {
          return any.unpack(ErrorInfo.class).getReason();
        } catch (com.google.protobuf.InvalidProtocolBufferException e) {
          break;
        }
      }
    }
    return status.getCode().name();
  }

  private static byte[] bytes(Object message) {
    if (message instanceof byte[] bytes) {
      return bytes;
    }
    return message instanceof Message typed ? typed.toByteArray() : null;
  }

  private static boolean issuesCredentials(String action) {
    return action.equals("GetSessionToken") || action.equals("GetFederationToken");
  }

  private static String accountOf(Object arn) {
    if (!(arn instanceof String text)) {
      return null;
    }
    return AuditEvent.recipientAccountOf(text);
  }
}
