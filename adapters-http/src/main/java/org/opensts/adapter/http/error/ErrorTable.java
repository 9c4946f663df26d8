package org.opensts.adapter.http.error;

import org.opensts.domain.error.ErrorCode;

/** The one translation from the domain's error codes to AWS's HTTP status and wire codes. */
public final class ErrorTable {

  private ErrorTable() {}

  public static WireError wire(ErrorCode code) {
    return switch (code) {
      case ACCESS_DENIED -> new WireError(403, "AccessDenied", true);
      case SESSION_DURATION_ESCALATION ->
          new WireError(403, "SessionDurationEscalationException", true);
      case OUTBOUND_FEDERATION_DISABLED ->
          new WireError(403, "OutboundWebIdentityFederationDisabledException", true);
      case JWT_PAYLOAD_SIZE_EXCEEDED -> new WireError(400, "JWTPayloadSizeExceededException", true);
      case FEATURE_ENABLED -> new WireError(409, "FeatureEnabled", true);
      case FEATURE_DISABLED -> new WireError(404, "FeatureDisabled", true);
      case EXPIRED_TRADE_IN_TOKEN -> new WireError(400, "ExpiredTradeInTokenException", true);
      case ACCOUNT_NOT_MANAGEMENT_OR_DELEGATED_ADMINISTRATOR ->
          new WireError(400, "AccountNotManagementOrDelegatedAdministratorException", true);
      case ORGANIZATION_NOT_FOUND -> new WireError(400, "OrganizationNotFoundException", true);
      case CALLER_IS_NOT_MANAGEMENT_ACCOUNT ->
          new WireError(400, "CallerIsNotManagementAccountException", true);
      case CONCURRENT_MODIFICATION -> new WireError(409, "ConcurrentModification", true);
      case DELETE_CONFLICT -> new WireError(409, "DeleteConflict", true);
      case ENTITY_ALREADY_EXISTS -> new WireError(409, "EntityAlreadyExists", true);
      case EXPIRED_TOKEN -> new WireError(403, "ExpiredToken", true);
      case EXPIRED_IDENTITY_TOKEN -> new WireError(400, "ExpiredTokenException", true);
      case IDP_COMMUNICATION_ERROR -> new WireError(400, "IDPCommunicationError", true);
      case IDP_REJECTED_CLAIM -> new WireError(403, "IDPRejectedClaim", true);
      case INCOMPLETE_SIGNATURE -> new WireError(400, "IncompleteSignature", true);
      case INVALID_ACTION -> new WireError(400, "InvalidAction", true);
      case INVALID_AUTHENTICATION_CODE -> new WireError(403, "InvalidAuthenticationCode", true);
      case INVALID_AUTHORIZATION_MESSAGE ->
          new WireError(400, "InvalidAuthorizationMessageException", true);
      case INVALID_CLIENT_TOKEN_ID -> new WireError(403, "InvalidClientTokenId", true);
      case INVALID_IDENTITY_TOKEN -> new WireError(400, "InvalidIdentityToken", true);
      case INVALID_INPUT -> new WireError(400, "InvalidInput", true);
      case INVALID_PARAMETER_VALUE -> new WireError(400, "InvalidParameterValue", true);
      case LIMIT_EXCEEDED -> new WireError(409, "LimitExceeded", true);
      case MALFORMED_POLICY_DOCUMENT -> new WireError(400, "MalformedPolicyDocument", true);
      case MISSING_ACTION -> new WireError(400, "MissingAction", true);
      case MISSING_AUTHENTICATION_TOKEN -> new WireError(403, "MissingAuthenticationToken", true);
      case NO_SUCH_ENTITY -> new WireError(404, "NoSuchEntity", true);
      case PACKED_POLICY_TOO_LARGE -> new WireError(400, "PackedPolicyTooLarge", true);
      case REQUEST_ENTITY_TOO_LARGE -> new WireError(413, "RequestEntityTooLarge", true);
      case SERVICE_UNAVAILABLE -> new WireError(503, "ServiceUnavailable", false);
      case SIGNATURE_DOES_NOT_MATCH -> new WireError(403, "SignatureDoesNotMatch", true);
      case THROTTLING -> new WireError(400, "Throttling", true);
      case VALIDATION_ERROR -> new WireError(400, "ValidationError", true);
    };
  }
}
