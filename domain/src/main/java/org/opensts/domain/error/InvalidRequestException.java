package org.opensts.domain.error;

/** The request itself is wrong: an unknown action, a bad parameter, a body too large. */
public final class InvalidRequestException extends StsException {

  private InvalidRequestException(ErrorCode code, String message) {
    super(code, message);
  }

  public static InvalidRequestException validationError(String message) {
    return new InvalidRequestException(ErrorCode.VALIDATION_ERROR, message);
  }

  public static InvalidRequestException invalidParameterValue(String message) {
    return new InvalidRequestException(ErrorCode.INVALID_PARAMETER_VALUE, message);
  }

  /** IAM's wording for a parameter it refuses, such as a malformed ARN. */
  public static InvalidRequestException invalidInput(String message) {
    return new InvalidRequestException(ErrorCode.INVALID_INPUT, message);
  }

  /** The session policies and tags do not fit into a session token, packed. */
  public static InvalidRequestException packedPolicyTooLarge(String message) {
    return new InvalidRequestException(ErrorCode.PACKED_POLICY_TOO_LARGE, message);
  }

  /** DecodeAuthorizationMessage was given something this server did not encode. */
  public static InvalidRequestException invalidAuthorizationMessage(String message) {
    return new InvalidRequestException(ErrorCode.INVALID_AUTHORIZATION_MESSAGE, message);
  }

  public static InvalidRequestException invalidAction(String action, String version) {
    return new InvalidRequestException(
        ErrorCode.INVALID_ACTION, "Could not find operation " + action + " for version " + version);
  }

  public static InvalidRequestException missingAction() {
    return new InvalidRequestException(
        ErrorCode.MISSING_ACTION, "The request must contain the parameter Action.");
  }

  /** The request line and headers together are over the server's limit. */
  public static InvalidRequestException requestHeaderTooLarge(long limitBytes) {
    return new InvalidRequestException(
        ErrorCode.REQUEST_ENTITY_TOO_LARGE,
        "Request header section exceeds the maximum allowed size of " + limitBytes + " bytes.");
  }

  public static InvalidRequestException requestEntityTooLarge(long limitBytes) {
    return new InvalidRequestException(
        ErrorCode.REQUEST_ENTITY_TOO_LARGE,
        "Request body exceeds the maximum allowed size of " + limitBytes + " bytes.");
  }
}
