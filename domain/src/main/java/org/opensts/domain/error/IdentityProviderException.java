package org.opensts.domain.error;

/**
 * A web identity token or SAML assertion that does not prove what it claims, or an identity
 * provider that could not be asked: AssumeRoleWithWebIdentity's and AssumeRoleWithSAML's own
 * errors.
 */
public final class IdentityProviderException extends StsException {

  private IdentityProviderException(ErrorCode code, String message) {
    super(code, message);
  }

  /** {@code InvalidIdentityToken} (400): the token or assertion could not be validated. */
  public static IdentityProviderException invalidIdentityToken(String message) {
    return new IdentityProviderException(ErrorCode.INVALID_IDENTITY_TOKEN, message);
  }

  /** {@code ExpiredTokenException} (400): its validity period has passed. */
  public static IdentityProviderException expired(String message) {
    return new IdentityProviderException(ErrorCode.EXPIRED_IDENTITY_TOKEN, message);
  }

  /** {@code IDPRejectedClaim} (403): the provider's claims are refused. */
  public static IdentityProviderException rejectedClaim(String message) {
    return new IdentityProviderException(ErrorCode.IDP_REJECTED_CLAIM, message);
  }

  /**
   * {@code IDPCommunicationError} (400, retried by SDKs): the provider's keys could not be fetched
   * for a reason that may pass.
   */
  public static IdentityProviderException communicationError(String message) {
    return new IdentityProviderException(ErrorCode.IDP_COMMUNICATION_ERROR, message);
  }
}
