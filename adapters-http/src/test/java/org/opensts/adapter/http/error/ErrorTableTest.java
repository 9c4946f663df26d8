package org.opensts.adapter.http.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opensts.domain.error.ErrorCode;

/**
 * AWS's common and STS errors: the wire code and HTTP status of each (STS-REFERENCE §2.5, §2.6).
 */
class ErrorTableTest {

  static Stream<Arguments> awsErrors() {
    return Stream.of(
        Arguments.of(ErrorCode.ACCESS_DENIED, 403, "AccessDenied"),
        Arguments.of(ErrorCode.CONCURRENT_MODIFICATION, 409, "ConcurrentModification"),
        Arguments.of(ErrorCode.DELETE_CONFLICT, 409, "DeleteConflict"),
        Arguments.of(ErrorCode.ENTITY_ALREADY_EXISTS, 409, "EntityAlreadyExists"),
        Arguments.of(ErrorCode.EXPIRED_TOKEN, 403, "ExpiredToken"),
        Arguments.of(ErrorCode.EXPIRED_IDENTITY_TOKEN, 400, "ExpiredTokenException"),
        Arguments.of(ErrorCode.IDP_COMMUNICATION_ERROR, 400, "IDPCommunicationError"),
        Arguments.of(ErrorCode.IDP_REJECTED_CLAIM, 403, "IDPRejectedClaim"),
        Arguments.of(ErrorCode.INCOMPLETE_SIGNATURE, 400, "IncompleteSignature"),
        Arguments.of(ErrorCode.INVALID_ACTION, 400, "InvalidAction"),
        Arguments.of(ErrorCode.INVALID_AUTHENTICATION_CODE, 403, "InvalidAuthenticationCode"),
        Arguments.of(
            ErrorCode.INVALID_AUTHORIZATION_MESSAGE, 400, "InvalidAuthorizationMessageException"),
        Arguments.of(ErrorCode.INVALID_CLIENT_TOKEN_ID, 403, "InvalidClientTokenId"),
        Arguments.of(ErrorCode.INVALID_IDENTITY_TOKEN, 400, "InvalidIdentityToken"),
        Arguments.of(ErrorCode.INVALID_INPUT, 400, "InvalidInput"),
        Arguments.of(ErrorCode.INVALID_PARAMETER_VALUE, 400, "InvalidParameterValue"),
        Arguments.of(ErrorCode.LIMIT_EXCEEDED, 409, "LimitExceeded"),
        Arguments.of(ErrorCode.MALFORMED_POLICY_DOCUMENT, 400, "MalformedPolicyDocument"),
        Arguments.of(ErrorCode.MISSING_ACTION, 400, "MissingAction"),
        Arguments.of(ErrorCode.MISSING_AUTHENTICATION_TOKEN, 403, "MissingAuthenticationToken"),
        Arguments.of(ErrorCode.NO_SUCH_ENTITY, 404, "NoSuchEntity"),
        Arguments.of(ErrorCode.PACKED_POLICY_TOO_LARGE, 400, "PackedPolicyTooLarge"),
        Arguments.of(ErrorCode.REQUEST_ENTITY_TOO_LARGE, 413, "RequestEntityTooLarge"),
        Arguments.of(ErrorCode.SIGNATURE_DOES_NOT_MATCH, 403, "SignatureDoesNotMatch"),
        Arguments.of(ErrorCode.THROTTLING, 400, "Throttling"),
        Arguments.of(
            ErrorCode.SESSION_DURATION_ESCALATION, 403, "SessionDurationEscalationException"),
        Arguments.of(
            ErrorCode.OUTBOUND_FEDERATION_DISABLED,
            403,
            "OutboundWebIdentityFederationDisabledException"),
        Arguments.of(ErrorCode.JWT_PAYLOAD_SIZE_EXCEEDED, 400, "JWTPayloadSizeExceededException"),
        Arguments.of(ErrorCode.FEATURE_ENABLED, 409, "FeatureEnabled"),
        Arguments.of(ErrorCode.FEATURE_DISABLED, 404, "FeatureDisabled"),
        Arguments.of(ErrorCode.EXPIRED_TRADE_IN_TOKEN, 400, "ExpiredTradeInTokenException"),
        Arguments.of(
            ErrorCode.ACCOUNT_NOT_MANAGEMENT_OR_DELEGATED_ADMINISTRATOR,
            400,
            "AccountNotManagementOrDelegatedAdministratorException"),
        Arguments.of(ErrorCode.ORGANIZATION_NOT_FOUND, 400, "OrganizationNotFoundException"),
        Arguments.of(
            ErrorCode.CALLER_IS_NOT_MANAGEMENT_ACCOUNT,
            400,
            "CallerIsNotManagementAccountException"),
        Arguments.of(ErrorCode.VALIDATION_ERROR, 400, "ValidationError"));
  }

  @ParameterizedTest(name = "{0} is {2}, HTTP {1}")
  @MethodSource("awsErrors")
  void givenErrorCode_wire_isAwsCodeAndStatusAsSenderFault(
      ErrorCode code, int status, String wireCode) {
    assertEquals(new WireError(status, wireCode, true), ErrorTable.wire(code));
  }

  @Test
  void givenServiceUnavailable_wire_isAReceiverFaultWithStatus503() {
    assertEquals(
        new WireError(503, "ServiceUnavailable", false),
        ErrorTable.wire(ErrorCode.SERVICE_UNAVAILABLE));
  }

  @Test
  void givenEveryErrorCode_table_coversItWithAClientFaultExceptOverload() {
    assertEquals(ErrorCode.values().length, awsErrors().count() + 1);
    Arrays.stream(ErrorCode.values())
        .filter(code -> code != ErrorCode.SERVICE_UNAVAILABLE)
        .forEach(code -> assertTrue(ErrorTable.wire(code).status() < 500, code.name()));
  }

  @Test
  void givenInternalFailure_errorResponse_isAReceiverFaultWithoutDetails() {
    String xml =
        new ErrorResponse(WireError.INTERNAL_FAILURE, "An internal error has occurred")
            .toXml("urn:ns", "id-1");

    assertEquals(
        "<ErrorResponse xmlns=\"urn:ns\">\n  <Error>\n    <Type>Receiver</Type>\n    <Code>InternalFailure</Code>\n"
            + "    <Message>An internal error has occurred</Message>\n  </Error>\n  <RequestId>id-1</RequestId>\n</ErrorResponse>\n",
        xml);
  }
}
