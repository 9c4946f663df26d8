package org.opensts.adapter.grpc;

import com.google.protobuf.MessageLite;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.opensts.domain.signature.CanonicalRequest;
import org.opensts.domain.signature.CredentialScope;
import org.opensts.domain.signature.SigningKey;
import org.opensts.domain.signature.StringToSign;

/**
 * Signs every call to the {@code sts.v1} API with AWS Signature Version 4, as the server verifies
 * it: {@code POST /<full method name>}, no query, signed headers {@code content-type}, {@code host}
 * (the call's authority), {@code x-amz-content-sha256}, {@code x-amz-date} and, with temporary
 * credentials, {@code x-amz-security-token}; payload hash = SHA-256 of the serialized request
 * message. These are the headers the AWS SDK's own signer signs.
 *
 * <p>The signature covers the message, so the call's headers are held back until the message is
 * sent. All {@code sts.v1} methods are unary; on a streaming call only the first message would be
 * covered.
 *
 * <pre>{@code
 * ManagedChannel channel = ManagedChannelBuilder.forAddress("localhost", 50051).usePlaintext().build();
 * SecurityTokenServiceGrpc.SecurityTokenServiceBlockingStub sts =
 *     SecurityTokenServiceGrpc.newBlockingStub(channel)
 *         .withInterceptors(new SigV4ClientInterceptor(
 *             SigV4ClientInterceptor.Credentials.of(accessKeyId, secretAccessKey), "us-east-1"));
 * GetCallerIdentityResponse me = sts.getCallerIdentity(GetCallerIdentityRequest.getDefaultInstance());
 * }</pre>
 */
public final class SigV4ClientInterceptor implements ClientInterceptor {

  private static final DateTimeFormatter AMZ_DATE =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private static final Metadata.Key<String> AUTHORIZATION = key(GrpcSigning.AUTHORIZATION);
  private static final Metadata.Key<String> X_AMZ_DATE = key(GrpcSigning.X_AMZ_DATE);
  private static final Metadata.Key<String> X_AMZ_CONTENT_SHA256 =
      key(GrpcSigning.X_AMZ_CONTENT_SHA256);
  private static final Metadata.Key<String> X_AMZ_SECURITY_TOKEN =
      key(GrpcSigning.X_AMZ_SECURITY_TOKEN);

  private final Credentials credentials;
  private final String region;
  private final Clock clock;

  /**
   * The credentials to sign with.
   *
   * @param accessKeyId {@code AKIA…} or {@code ASIA…}
   * @param secretAccessKey the key's secret
   * @param sessionToken the session token of temporary credentials; null for a long-term key
   */
  public record Credentials(String accessKeyId, String secretAccessKey, String sessionToken) {

    public Credentials {
      Objects.requireNonNull(accessKeyId, "accessKeyId");
      Objects.requireNonNull(secretAccessKey, "secretAccessKey");
    }

    /** A long-term access key. */
    public static Credentials of(String accessKeyId, String secretAccessKey) {
      return new Credentials(accessKeyId, secretAccessKey, null);
    }

    /** Temporary credentials, as STS returns them. */
    public static Credentials temporary(
        String accessKeyId, String secretAccessKey, String sessionToken) {
      return new Credentials(
          accessKeyId, secretAccessKey, Objects.requireNonNull(sessionToken, "sessionToken"));
    }

    @Override
    public String toString() {
      return "Credentials[" + accessKeyId + ", ****]";
    }
  }

  /** Signs with the system clock. */
  public SigV4ClientInterceptor(Credentials credentials, String region) {
    this(credentials, region, Clock.systemUTC());
  }

  /**
   * @param region the region of the credential scope: the server's, or {@code us-east-1}
   * @param clock the signing time's source; the server allows 15 minutes of skew
   */
  public SigV4ClientInterceptor(Credentials credentials, String region, Clock clock) {
    this.credentials = Objects.requireNonNull(credentials, "credentials");
    this.region = Objects.requireNonNull(region, "region");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public <Q, R> ClientCall<Q, R> interceptCall(
      MethodDescriptor<Q, R> method, CallOptions callOptions, Channel next) {
    String authority =
        callOptions.getAuthority() != null ? callOptions.getAuthority() : next.authority();
    return new SigningCall<>(next.newCall(method, callOptions), method, authority);
  }

  /**
   * The SigV4 headers for one call: {@code x-amz-content-sha256}, {@code x-amz-date}, {@code
   * x-amz-security-token} when the credentials are temporary, and {@code authorization}. The signed
   * values have no inner white space, so trimming is their whole canonical form.
   */
  Metadata sign(String fullMethodName, String authority, byte[] message) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    String amzDate = AMZ_DATE.format(now);
    String payloadHash = sha256Hex(message);
    Map<String, String> signed = new TreeMap<>();
    signed.put("content-type", GrpcSigning.CONTENT_TYPE);
    signed.put("host", authority);
    signed.put(GrpcSigning.X_AMZ_CONTENT_SHA256, payloadHash);
    signed.put(GrpcSigning.X_AMZ_DATE, amzDate);
    if (credentials.sessionToken() != null) {
      signed.put(GrpcSigning.X_AMZ_SECURITY_TOKEN, credentials.sessionToken());
    }
    StringBuilder canonicalHeaders = new StringBuilder();
    signed.forEach(
        (name, value) ->
            canonicalHeaders.append(name).append(':').append(value.strip()).append('\n'));
    String signedHeaders = String.join(";", signed.keySet());
    // Task 1: the canonical request. gRPC method names are unreserved characters and slashes, so
    // the path is its own canonical URI.
    CanonicalRequest canonicalRequest =
        new CanonicalRequest(
            GrpcSigning.METHOD,
            GrpcSigning.path(fullMethodName),
            "",
            canonicalHeaders.toString(),
            signedHeaders,
            payloadHash);
    // Tasks 2-4: string to sign, signing key, signature.
    CredentialScope scope =
        new CredentialScope(LocalDate.ofInstant(now, ZoneOffset.UTC), region, GrpcSigning.SERVICE);
    String signature =
        SigningKey.derive(credentials.secretAccessKey(), scope)
            .sign(new StringToSign(now, scope, canonicalRequest.hash()));
    Metadata headers = new Metadata();
    headers.put(X_AMZ_CONTENT_SHA256, payloadHash);
    headers.put(X_AMZ_DATE, amzDate);
    if (credentials.sessionToken() != null) {
      headers.put(X_AMZ_SECURITY_TOKEN, credentials.sessionToken());
    }
    headers.put(
        AUTHORIZATION,
        "AWS4-HMAC-SHA256 Credential="
            + credentials.accessKeyId()
            + "/"
            + scope
            + ", SignedHeaders="
            + signedHeaders
            + ", Signature="
            + signature);
    return headers;
  }

  /** Holds start() and request() back until the first message, which the signature covers. */
  private final class SigningCall<Q, R> extends ClientCall<Q, R> {

    private final ClientCall<Q, R> delegate;
    private final MethodDescriptor<Q, R> method;
    private final String authority;
    private Listener<R> listener;
    private Metadata headers;
    private int requested;
    private boolean started;
    private boolean cancelled;
    private Boolean messageCompression;

    SigningCall(ClientCall<Q, R> delegate, MethodDescriptor<Q, R> method, String authority) {
      this.delegate = delegate;
      this.method = method;
      this.authority = authority;
    }

    @Override
    public void start(Listener<R> responseListener, Metadata metadata) {
      this.listener = responseListener;
      this.headers = metadata;
    }

    @Override
    public void request(int numMessages) {
      if (started) {
        delegate.request(numMessages);
      } else {
        requested += numMessages;
      }
    }

    @Override
    public void sendMessage(Q message) {
      if (cancelled) {
        return;
      }
      if (!started) {
        Metadata signed;
        try {
          signed = sign(method.getFullMethodName(), authority, serialize(message));
        } catch (RuntimeException e) {
          closeUnstarted(
              Status.INTERNAL.withDescription("Signing the request failed").withCause(e));
          return;
        }
        headers.merge(signed);
        startDelegate();
      }
      delegate.sendMessage(message);
    }

    @Override
    public void halfClose() {
      if (!started && !cancelled) {
        // No message: sent unsigned; the server answers MissingAuthenticationToken.
        startDelegate();
      }
      if (started) {
        delegate.halfClose();
      }
    }

    @Override
    public void cancel(String message, Throwable cause) {
      if (started) {
        delegate.cancel(message, cause);
      } else if (!cancelled) {
        closeUnstarted(Status.CANCELLED.withDescription(message).withCause(cause));
      }
    }

    /** The transport never saw this call, so the listener hears of its end from here. */
    private void closeUnstarted(Status status) {
      cancelled = true;
      delegate.cancel(status.getDescription(), status.getCause());
      if (listener != null) {
        listener.onClose(status, new Metadata());
      }
    }

    @Override
    public boolean isReady() {
      return started && delegate.isReady();
    }

    @Override
    public void setMessageCompression(boolean enabled) {
      if (started) {
        delegate.setMessageCompression(enabled);
      } else {
        messageCompression = enabled;
      }
    }

    @Override
    public io.grpc.Attributes getAttributes() {
      return delegate.getAttributes();
    }

    private void startDelegate() {
      started = true;
      delegate.start(listener, headers);
      if (messageCompression != null) {
        delegate.setMessageCompression(messageCompression);
      }
      if (requested > 0) {
        delegate.request(requested);
      }
    }

    /**
     * The bytes the transport will send: Protobuf messages as they serialize, others as marshalled.
     */
    private byte[] serialize(Q message) {
      if (message instanceof MessageLite protobuf) {
        return protobuf.toByteArray();
      }
      try (InputStream stream = method.streamRequest(message)) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        stream.transferTo(bytes);
        return bytes.toByteArray();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static String sha256Hex(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform has SHA-256", e);
    }
  }

  private static Metadata.Key<String> key(String name) {
    return Metadata.Key.of(name, Metadata.ASCII_STRING_MARSHALLER);
  }

  /** Never prints the secret. */
  @Override
  public String toString() {
    return "SigV4ClientInterceptor[" + credentials + ", " + region + "]";
  }
}
