package org.opensts.adapter.grpc;

import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.Grpc;
import io.grpc.Metadata;
import io.grpc.SecurityLevel;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opensts.adapter.grpc.v1.SecurityTokenServiceGrpc;
import org.opensts.application.port.in.auth.AuthenticateRequestCommand;
import org.opensts.application.port.in.auth.AuthenticateRequestUseCase;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.credential.RequestOrigin;
import org.opensts.domain.error.AuthenticationException;
import org.opensts.domain.error.InvalidRequestException;
import org.opensts.domain.error.StsException;
import org.opensts.domain.signature.CanonicalRequest;
import org.opensts.domain.signature.SignedRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Authenticates every call with SigV4 before any service sees it. The payload hash covers the
 * request message, so the interceptor waits for the message, verifies the call as a {@link
 * SignedRequest} ({@code POST /<full method name>}, headers from metadata, the message's bytes as
 * received as body) with the same use case as the Query endpoint, and only then starts the
 * service's handler with the caller in the Context. It must see the raw bytes, so it intercepts a
 * service whose methods were turned into byte methods ({@link GrpcServices} does so); the handler
 * parses them after authentication. Every method is signed except the unsigned federation calls,
 * which pass with only their origin in the Context.
 */
final class SigV4ServerInterceptor implements ServerInterceptor {

  /** The federation calls, which AWS serves unsigned: the token or assertion is the proof. */
  static final Set<String> UNSIGNED_METHODS =
      Set.of(
          SecurityTokenServiceGrpc.getAssumeRoleWithWebIdentityMethod().getFullMethodName(),
          SecurityTokenServiceGrpc.getAssumeRoleWithSAMLMethod().getFullMethodName());

  private static final Logger LOG = LoggerFactory.getLogger(SigV4ServerInterceptor.class);

  private static final List<String> FORWARDED_HEADERS =
      List.of(
          GrpcSigning.X_AMZ_DATE,
          GrpcSigning.AUTHORIZATION,
          GrpcSigning.X_AMZ_SECURITY_TOKEN,
          GrpcSigning.X_AMZ_CONTENT_SHA256);

  private static final Metadata.Key<String> X_AMZ_CONTENT_SHA256 =
      Metadata.Key.of(GrpcSigning.X_AMZ_CONTENT_SHA256, Metadata.ASCII_STRING_MARSHALLER);

  private static final Metadata.Key<String> USER_AGENT =
      Metadata.Key.of("user-agent", Metadata.ASCII_STRING_MARSHALLER);

  private static final String UNSIGNED_PAYLOAD = CanonicalRequest.UNSIGNED_PAYLOAD;

  private final AuthenticateRequestUseCase authenticator;

  SigV4ServerInterceptor(AuthenticateRequestUseCase authenticator) {
    this.authenticator = authenticator;
  }

  @Override
  public <Q, R> ServerCall.Listener<Q> interceptCall(
      ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
    if (UNSIGNED_METHODS.contains(call.getMethodDescriptor().getFullMethodName())) {
      // As in AWS, a signature sent with an unsigned call is not looked at.
      Context context = Context.current().withValue(CallOrigin.KEY, origin(call, headers));
      return Contexts.interceptCall(context, call, headers, next);
    }
    // The handler is not started yet, so nobody else asks for the message the signature covers.
    call.request(1);
    return new AuthenticatingListener<>(call, headers, next);
  }

  /** Holds the call back until its first message has been authenticated. */
  private final class AuthenticatingListener<Q, R> extends ServerCall.Listener<Q> {

    private final ServerCall<Q, R> call;
    private final Metadata headers;
    private final ServerCallHandler<Q, R> next;
    private ServerCall.Listener<Q> delegate;
    private boolean closed;

    AuthenticatingListener(ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
      this.call = call;
      this.headers = headers;
      this.next = next;
    }

    @Override
    public void onMessage(Q message) {
      if (delegate != null) {
        delegate.onMessage(message);
        return;
      }
      if (closed) {
        return;
      }
      Caller caller;
      try {
        caller = authenticate(message);
      } catch (StsException e) {
        StatusRuntimeException status = GrpcErrors.toStatusException(e);
        close(status);
        return;
      } catch (RuntimeException e) {
        LOG.error(
            "Authenticating {} failed unexpectedly",
            call.getMethodDescriptor().getFullMethodName(),
            e);
        close(GrpcErrors.internal());
        return;
      }
      Context context =
          Context.current()
              .withValue(AuthenticatedCaller.KEY, caller)
              .withValue(CallOrigin.KEY, caller.origin());
      ServerCall.Listener<Q> started = Contexts.interceptCall(context, call, headers, next);
      try {
        // The handler parses the bytes only now, after they were authenticated.
        started.onMessage(message);
      } catch (StatusRuntimeException e) {
        close(
            GrpcErrors.toStatusException(
                InvalidRequestException.validationError(
                    "The request message is not a valid "
                        + call.getMethodDescriptor().getFullMethodName()
                        + " request.")));
        return;
      }
      delegate = started;
    }

    @Override
    public void onHalfClose() {
      if (delegate != null) {
        delegate.onHalfClose();
      } else if (!closed) {
        closed = true;
        call.close(
            Status.INTERNAL.withDescription("Half-closed without a request"), new Metadata());
      }
    }

    @Override
    public void onCancel() {
      if (delegate != null) {
        delegate.onCancel();
      }
    }

    @Override
    public void onComplete() {
      if (delegate != null) {
        delegate.onComplete();
      }
    }

    @Override
    public void onReady() {
      if (delegate != null) {
        delegate.onReady();
      }
    }

    private Caller authenticate(Q message) {
      if (UNSIGNED_PAYLOAD.equals(headers.get(X_AMZ_CONTENT_SHA256))) {
        // Over HTTP an S3-style unsigned body is the client's choice; over gRPC the message is
        // the whole request, and a signature that leaves it out could be replayed with another.
        throw AuthenticationException.signatureDoesNotMatch(
            "The request message must be signed: x-amz-content-sha256 cannot be "
                + UNSIGNED_PAYLOAD
                + " over gRPC.");
      }
      RequestOrigin origin = origin(call, headers);
      SignedRequest request =
          new SignedRequest(
              GrpcSigning.METHOD,
              GrpcSigning.path(call.getMethodDescriptor().getFullMethodName()),
              "",
              signedHeaders(call, headers),
              receivedBytes(message));
      return authenticator
          .authenticate(new AuthenticateRequestCommand(request, GrpcSigning.SERVICE, origin))
          .caller();
    }

    /** The message as it travelled; anything else would be a wiring mistake, not a request. */
    private byte[] receivedBytes(Q message) {
      if (message instanceof byte[] bytes) {
        return bytes;
      }
      throw new IllegalStateException(
          "SigV4ServerInterceptor must intercept a service with raw byte methods, see"
              + " GrpcServices");
    }

    private void close(StatusRuntimeException status) {
      closed = true;
      Metadata trailers = status.getTrailers() == null ? new Metadata() : status.getTrailers();
      call.close(status.getStatus(), trailers);
    }
  }

  /**
   * The headers the signature may cover: {@code host} from {@code :authority}, the fixed content
   * type, and the SigV4 headers as sent.
   */
  static Map<String, List<String>> signedHeaders(ServerCall<?, ?> call, Metadata metadata) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    String authority = call.getAuthority();
    if (authority != null) {
      headers.put("host", List.of(authority));
    }
    headers.put("content-type", List.of(GrpcSigning.CONTENT_TYPE));
    for (String name : FORWARDED_HEADERS) {
      Iterable<String> values =
          metadata.getAll(Metadata.Key.of(name, Metadata.ASCII_STRING_MARSHALLER));
      if (values != null) {
        List<String> list = new java.util.ArrayList<>();
        values.forEach(list::add);
        headers.put(name, list);
      }
    }
    return headers;
  }

  /** Where the call came from, built as the Query endpoint builds it from an HTTP request. */
  static RequestOrigin origin(ServerCall<?, ?> call, Metadata metadata) {
    SocketAddress remote = call.getAttributes().get(Grpc.TRANSPORT_ATTR_REMOTE_ADDR);
    String sourceIp =
        remote instanceof InetSocketAddress inet && inet.getAddress() != null
            ? inet.getAddress().getHostAddress()
            : "";
    boolean secure = call.getSecurityLevel() == SecurityLevel.PRIVACY_AND_INTEGRITY;
    return new RequestOrigin(sourceIp, secure, metadata.get(USER_AGENT));
  }
}
