package org.opensts.domain.error;

/**
 * Every error the service can answer with. Adapters translate a code into their wire form (HTTP
 * status and AWS error code, gRPC status) in one table each.
 */
public enum ErrorCode {
  ACCESS_DENIED,
  EXPIRED_TOKEN,
  INCOMPLETE_SIGNATURE,
  INVALID_ACTION,
  INVALID_CLIENT_TOKEN_ID,
  INVALID_PARAMETER_VALUE,
  MALFORMED_POLICY_DOCUMENT,
  MISSING_ACTION,
  MISSING_AUTHENTICATION_TOKEN,
  REQUEST_ENTITY_TOO_LARGE,
  SIGNATURE_DOES_NOT_MATCH,
  VALIDATION_ERROR
}
