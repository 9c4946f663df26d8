package org.opensts.domain.error;

/**
 * The request could not be tied to valid credentials: missing, malformed, unknown, expired or
 * forged.
 */
public final class AuthenticationException extends StsException {

  private AuthenticationException(ErrorCode code, String message) {
    super(code, message);
  }

  public static AuthenticationException missingAuthenticationToken() {
    return new AuthenticationException(
        ErrorCode.MISSING_AUTHENTICATION_TOKEN, "Request is missing Authentication Token");
  }

  public static AuthenticationException incompleteSignature(String message) {
    return new AuthenticationException(ErrorCode.INCOMPLETE_SIGNATURE, message);
  }

  public static AuthenticationException invalidClientTokenId() {
    return new AuthenticationException(
        ErrorCode.INVALID_CLIENT_TOKEN_ID, "The security token included in the request is invalid");
  }

  public static AuthenticationException expiredToken() {
    return new AuthenticationException(
        ErrorCode.EXPIRED_TOKEN, "The security token included in the request is expired");
  }

  public static AuthenticationException signatureDoesNotMatch() {
    return signatureDoesNotMatch(
        "The request signature we calculated does not match the signature you provided. Check your"
            + " AWS Secret Access Key and signing method. Consult the service documentation for"
            + " details.");
  }

  /** Same code as a forged signature, with AWS's specific wording (clock skew, wrong scope). */
  public static AuthenticationException signatureDoesNotMatch(String message) {
    return new AuthenticationException(ErrorCode.SIGNATURE_DOES_NOT_MATCH, message);
  }

  /** EnableMFADevice's answer to codes that are not the device's two consecutive codes. */
  public static AuthenticationException invalidAuthenticationCode() {
    return new AuthenticationException(
        ErrorCode.INVALID_AUTHENTICATION_CODE, "Authentication code for device is not valid.");
  }
}
