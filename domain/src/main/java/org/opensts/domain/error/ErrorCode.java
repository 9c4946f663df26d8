package org.opensts.domain.error;

/**
 * Every error the service can answer with. Adapters translate a code into their wire form (HTTP
 * status and AWS error code, gRPC status) in one table each.
 */
public enum ErrorCode {
  ACCESS_DENIED,
  DELETE_CONFLICT,
  ENTITY_ALREADY_EXISTS,
  EXPIRED_TOKEN,
  INCOMPLETE_SIGNATURE,
  INVALID_ACTION,
  INVALID_CLIENT_TOKEN_ID,
  INVALID_INPUT,
  INVALID_PARAMETER_VALUE,
  LIMIT_EXCEEDED,
  MALFORMED_POLICY_DOCUMENT,
  MISSING_ACTION,
  MISSING_AUTHENTICATION_TOKEN,
  NO_SUCH_ENTITY,
  REQUEST_ENTITY_TOO_LARGE,
  SIGNATURE_DOES_NOT_MATCH,
  VALIDATION_ERROR
}
