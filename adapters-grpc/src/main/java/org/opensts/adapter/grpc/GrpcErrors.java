package org.opensts.adapter.grpc;

import com.google.rpc.Code;
import com.google.rpc.ErrorInfo;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import io.grpc.stub.StreamObserver;
import java.util.function.Supplier;
import org.opensts.domain.error.ErrorCode;
import org.opensts.domain.error.StsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one translation from the domain's error codes to gRPC: a status code, and AWS's error code
 * and message in a {@code google.rpc.ErrorInfo}. Every path ends in one of these statuses.
 */
final class GrpcErrors {

  /** {@code ErrorInfo.domain}: the service whose error codes {@code reason} quotes. */
  static final String DOMAIN = "sts.amazonaws.com";

  /** The {@code ErrorInfo.metadata} key of AWS's message. */
  static final String MESSAGE = "message";

  private static final Logger LOG = LoggerFactory.getLogger(GrpcErrors.class);

  /**
   * How one error code travels over gRPC.
   *
   * @param status the gRPC status code
   * @param reason AWS's wire error code, as the Query endpoint sends it
   */
  record GrpcError(Status.Code status, String reason) {}

  private GrpcErrors() {}

  static GrpcError of(ErrorCode code) {
    return switch (code) {
      case ACCESS_DENIED -> new GrpcError(Status.Code.PERMISSION_DENIED, "AccessDenied");
      case SESSION_DURATION_ESCALATION ->
          new GrpcError(Status.Code.PERMISSION_DENIED, "SessionDurationEscalationException");
      case OUTBOUND_FEDERATION_DISABLED ->
          new GrpcError(
              Status.Code.FAILED_PRECONDITION, "OutboundWebIdentityFederationDisabledException");
      case JWT_PAYLOAD_SIZE_EXCEEDED ->
          new GrpcError(Status.Code.INVALID_ARGUMENT, "JWTPayloadSizeExceededException");
      case FEATURE_ENABLED -> new GrpcError(Status.Code.ALREADY_EXISTS, "FeatureEnabled");
      case FEATURE_DISABLED -> new GrpcError(Status.Code.FAILED_PRECONDITION, "FeatureDisabled");
      case EXPIRED_TRADE_IN_TOKEN ->
          new GrpcError(Status.Code.UNAUTHENTICATED, "ExpiredTradeInTokenException");
      case ACCOUNT_NOT_MANAGEMENT_OR_DELEGATED_ADMINISTRATOR ->
          new GrpcError(
              Status.Code.PERMISSION_DENIED,
              "AccountNotManagementOrDelegatedAdministratorException");
      case ORGANIZATION_NOT_FOUND ->
          new GrpcError(Status.Code.FAILED_PRECONDITION, "OrganizationNotFoundException");
      case CALLER_IS_NOT_MANAGEMENT_ACCOUNT ->
          new GrpcError(Status.Code.PERMISSION_DENIED, "CallerIsNotManagementAccountException");
      case CONCURRENT_MODIFICATION -> new GrpcError(Status.Code.ABORTED, "ConcurrentModification");
      case DELETE_CONFLICT -> new GrpcError(Status.Code.FAILED_PRECONDITION, "DeleteConflict");
      case ENTITY_ALREADY_EXISTS ->
          new GrpcError(Status.Code.ALREADY_EXISTS, "EntityAlreadyExists");
      case EXPIRED_TOKEN -> new GrpcError(Status.Code.UNAUTHENTICATED, "ExpiredToken");
      case EXPIRED_IDENTITY_TOKEN ->
          new GrpcError(Status.Code.UNAUTHENTICATED, "ExpiredTokenException");
      case IDP_COMMUNICATION_ERROR ->
          new GrpcError(Status.Code.UNAVAILABLE, "IDPCommunicationError");
      case IDP_REJECTED_CLAIM -> new GrpcError(Status.Code.PERMISSION_DENIED, "IDPRejectedClaim");
      case INCOMPLETE_SIGNATURE ->
          new GrpcError(Status.Code.UNAUTHENTICATED, "IncompleteSignature");
      case INVALID_ACTION -> new GrpcError(Status.Code.INVALID_ARGUMENT, "InvalidAction");
      case INVALID_AUTHENTICATION_CODE ->
          new GrpcError(Status.Code.PERMISSION_DENIED, "InvalidAuthenticationCode");
      case INVALID_AUTHORIZATION_MESSAGE ->
          new GrpcError(Status.Code.INVALID_ARGUMENT, "InvalidAuthorizationMessageException");
      case INVALID_CLIENT_TOKEN_ID ->
          new GrpcError(Status.Code.UNAUTHENTICATED, "InvalidClientTokenId");
      case INVALID_IDENTITY_TOKEN ->
          new GrpcError(Status.Code.UNAUTHENTICATED, "InvalidIdentityToken");
      case INVALID_INPUT -> new GrpcError(Status.Code.INVALID_ARGUMENT, "InvalidInput");
      case INVALID_PARAMETER_VALUE ->
          new GrpcError(Status.Code.INVALID_ARGUMENT, "InvalidParameterValue");
      case LIMIT_EXCEEDED -> new GrpcError(Status.Code.RESOURCE_EXHAUSTED, "LimitExceeded");
      case MALFORMED_POLICY_DOCUMENT ->
          new GrpcError(Status.Code.INVALID_ARGUMENT, "MalformedPolicyDocument");
      case MISSING_ACTION -> new GrpcError(Status.Code.INVALID_ARGUMENT, "MissingAction");
      case MISSING_AUTHENTICATION_TOKEN ->
          new GrpcError(Status.Code.UNAUTHENTICATED, "MissingAuthenticationToken");
      case NO_SUCH_ENTITY -> new GrpcError(Status.Code.NOT_FOUND, "NoSuchEntity");
      case PACKED_POLICY_TOO_LARGE ->
          new GrpcError(Status.Code.INVALID_ARGUMENT, "PackedPolicyTooLarge");
      case REQUEST_ENTITY_TOO_LARGE ->
          new GrpcError(Status.Code.RESOURCE_EXHAUSTED, "RequestEntityTooLarge");
      case SERVICE_UNAVAILABLE -> new GrpcError(Status.Code.UNAVAILABLE, "ServiceUnavailable");
      case SIGNATURE_DOES_NOT_MATCH ->
          new GrpcError(Status.Code.UNAUTHENTICATED, "SignatureDoesNotMatch");
      case THROTTLING -> new GrpcError(Status.Code.RESOURCE_EXHAUSTED, "Throttling");
      case VALIDATION_ERROR -> new GrpcError(Status.Code.INVALID_ARGUMENT, "ValidationError");
    };
  }

  /** The status, with AWS's code and message in an ErrorInfo, that answers {@code error}. */
  static StatusRuntimeException toStatusException(StsException error) {
    GrpcError grpc = of(error.code());
    String message = error.getMessage();
    com.google.rpc.Status status =
        com.google.rpc.Status.newBuilder()
            .setCode(grpc.status().value())
            .setMessage(message)
            .addDetails(
                com.google.protobuf.Any.pack(
                    ErrorInfo.newBuilder()
                        .setReason(grpc.reason())
                        .setDomain(DOMAIN)
                        .putMetadata(MESSAGE, message)
                        .build()))
            .build();
    return StatusProto.toStatusRuntimeException(status);
  }

  /** An unexpected failure: INTERNAL, without details that could leak internals. */
  static StatusRuntimeException internal() {
    return StatusProto.toStatusRuntimeException(
        com.google.rpc.Status.newBuilder()
            .setCode(Code.INTERNAL_VALUE)
            .setMessage("An internal error has occurred")
            .build());
  }

  /** Answers a unary call with the result of {@code call}, or with its error as a status. */
  static <T> void answer(String method, StreamObserver<T> responses, Supplier<T> call) {
    T response;
    try {
      response = call.get();
    } catch (StsException e) {
      responses.onError(toStatusException(e));
      return;
    } catch (RuntimeException e) {
      LOG.error("gRPC call {} failed unexpectedly", method, e);
      responses.onError(internal());
      return;
    }
    responses.onNext(response);
    responses.onCompleted();
  }
}
