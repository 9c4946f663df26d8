package org.opensts.adapter.grpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.rpc.ErrorInfo;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opensts.domain.error.AccessDeniedException;
import org.opensts.domain.error.ErrorCode;

/** The error table: one documented row per error code. */
class GrpcErrorsTest {

  /** The mapping the README and sts.proto document, row by row. */
  static Stream<Arguments> table() {
    return Stream.of(
        row(ErrorCode.ACCESS_DENIED, Status.Code.PERMISSION_DENIED, "AccessDenied"),
        row(ErrorCode.CONCURRENT_MODIFICATION, Status.Code.ABORTED, "ConcurrentModification"),
        row(ErrorCode.DELETE_CONFLICT, Status.Code.FAILED_PRECONDITION, "DeleteConflict"),
        row(ErrorCode.ENTITY_ALREADY_EXISTS, Status.Code.ALREADY_EXISTS, "EntityAlreadyExists"),
        row(ErrorCode.EXPIRED_TOKEN, Status.Code.UNAUTHENTICATED, "ExpiredToken"),
        row(ErrorCode.EXPIRED_IDENTITY_TOKEN, Status.Code.UNAUTHENTICATED, "ExpiredTokenException"),
        row(ErrorCode.IDP_COMMUNICATION_ERROR, Status.Code.UNAVAILABLE, "IDPCommunicationError"),
        row(ErrorCode.IDP_REJECTED_CLAIM, Status.Code.PERMISSION_DENIED, "IDPRejectedClaim"),
        row(ErrorCode.INCOMPLETE_SIGNATURE, Status.Code.UNAUTHENTICATED, "IncompleteSignature"),
        row(ErrorCode.INVALID_ACTION, Status.Code.INVALID_ARGUMENT, "InvalidAction"),
        row(
            ErrorCode.INVALID_AUTHENTICATION_CODE,
            Status.Code.PERMISSION_DENIED,
            "InvalidAuthenticationCode"),
        row(
            ErrorCode.INVALID_AUTHORIZATION_MESSAGE,
            Status.Code.INVALID_ARGUMENT,
            "InvalidAuthorizationMessageException"),
        row(ErrorCode.INVALID_CLIENT_TOKEN_ID, Status.Code.UNAUTHENTICATED, "InvalidClientTokenId"),
        row(ErrorCode.INVALID_IDENTITY_TOKEN, Status.Code.UNAUTHENTICATED, "InvalidIdentityToken"),
        row(ErrorCode.INVALID_INPUT, Status.Code.INVALID_ARGUMENT, "InvalidInput"),
        row(
            ErrorCode.INVALID_PARAMETER_VALUE,
            Status.Code.INVALID_ARGUMENT,
            "InvalidParameterValue"),
        row(ErrorCode.LIMIT_EXCEEDED, Status.Code.RESOURCE_EXHAUSTED, "LimitExceeded"),
        row(
            ErrorCode.MALFORMED_POLICY_DOCUMENT,
            Status.Code.INVALID_ARGUMENT,
            "MalformedPolicyDocument"),
        row(ErrorCode.MISSING_ACTION, Status.Code.INVALID_ARGUMENT, "MissingAction"),
        row(
            ErrorCode.MISSING_AUTHENTICATION_TOKEN,
            Status.Code.UNAUTHENTICATED,
            "MissingAuthenticationToken"),
        row(ErrorCode.NO_SUCH_ENTITY, Status.Code.NOT_FOUND, "NoSuchEntity"),
        row(
            ErrorCode.PACKED_POLICY_TOO_LARGE,
            Status.Code.INVALID_ARGUMENT,
            "PackedPolicyTooLarge"),
        row(
            ErrorCode.REQUEST_ENTITY_TOO_LARGE,
            Status.Code.RESOURCE_EXHAUSTED,
            "RequestEntityTooLarge"),
        row(ErrorCode.SERVICE_UNAVAILABLE, Status.Code.UNAVAILABLE, "ServiceUnavailable"),
        row(
            ErrorCode.SIGNATURE_DOES_NOT_MATCH,
            Status.Code.UNAUTHENTICATED,
            "SignatureDoesNotMatch"),
        row(ErrorCode.THROTTLING, Status.Code.RESOURCE_EXHAUSTED, "Throttling"),
        row(
            ErrorCode.SESSION_DURATION_ESCALATION,
            Status.Code.PERMISSION_DENIED,
            "SessionDurationEscalationException"),
        row(
            ErrorCode.OUTBOUND_FEDERATION_DISABLED,
            Status.Code.FAILED_PRECONDITION,
            "OutboundWebIdentityFederationDisabledException"),
        row(
            ErrorCode.JWT_PAYLOAD_SIZE_EXCEEDED,
            Status.Code.INVALID_ARGUMENT,
            "JWTPayloadSizeExceededException"),
        row(ErrorCode.FEATURE_ENABLED, Status.Code.ALREADY_EXISTS, "FeatureEnabled"),
        row(ErrorCode.FEATURE_DISABLED, Status.Code.FAILED_PRECONDITION, "FeatureDisabled"),
        row(
            ErrorCode.EXPIRED_TRADE_IN_TOKEN,
            Status.Code.UNAUTHENTICATED,
            "ExpiredTradeInTokenException"),
        row(
            ErrorCode.ACCOUNT_NOT_MANAGEMENT_OR_DELEGATED_ADMINISTRATOR,
            Status.Code.PERMISSION_DENIED,
            "AccountNotManagementOrDelegatedAdministratorException"),
        row(
            ErrorCode.ORGANIZATION_NOT_FOUND,
            Status.Code.FAILED_PRECONDITION,
            "OrganizationNotFoundException"),
        row(
            ErrorCode.CALLER_IS_NOT_MANAGEMENT_ACCOUNT,
            Status.Code.PERMISSION_DENIED,
            "CallerIsNotManagementAccountException"),
        row(ErrorCode.VALIDATION_ERROR, Status.Code.INVALID_ARGUMENT, "ValidationError"));
  }

  private static Arguments row(ErrorCode code, Status.Code status, String reason) {
    return Arguments.of(code, status, reason);
  }

  @Test
  void givenEveryErrorCode_theTable_hasExactlyOneRowForIt() {
    var codes = table().map(arguments -> (ErrorCode) arguments.get()[0]).toList();
    assertEquals(EnumSet.allOf(ErrorCode.class), EnumSet.copyOf(codes));
    assertEquals(ErrorCode.values().length, codes.size());
  }

  @ParameterizedTest(name = "{0} -> {1} {2}")
  @MethodSource("table")
  void givenAnErrorCode_of_givesTheDocumentedStatusAndAwsCode(
      ErrorCode code, Status.Code status, String reason) {
    assertEquals(new GrpcErrors.GrpcError(status, reason), GrpcErrors.of(code));
  }

  @Test
  void givenEveryErrorCode_of_givesDistinctAwsCodes() {
    Set<String> reasons =
        Arrays.stream(ErrorCode.values())
            .map(code -> GrpcErrors.of(code).reason())
            .collect(Collectors.toSet());
    assertEquals(ErrorCode.values().length, reasons.size());
  }

  @Test
  void givenAnStsException_toStatusException_carriesTheMessageAndAnErrorInfo() throws Exception {
    StatusRuntimeException e =
        GrpcErrors.toStatusException(AccessDeniedException.because("Not you."));

    assertEquals(Status.Code.PERMISSION_DENIED, e.getStatus().getCode());
    assertEquals("Not you.", e.getStatus().getDescription());
    ErrorInfo info = StatusProto.fromThrowable(e).getDetails(0).unpack(ErrorInfo.class);
    assertEquals("AccessDenied", info.getReason());
    assertEquals("sts.amazonaws.com", info.getDomain());
    assertEquals("Not you.", info.getMetadataOrThrow("message"));
  }

  @Test
  void givenAnUnexpectedFailure_internal_isInternalWithoutDetails() {
    StatusRuntimeException e = GrpcErrors.internal();

    assertEquals(Status.Code.INTERNAL, e.getStatus().getCode());
    assertTrue(StatusProto.fromThrowable(e).getDetailsList().isEmpty());
    assertNull(e.getCause());
  }
}
