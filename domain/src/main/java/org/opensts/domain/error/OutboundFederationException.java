package org.opensts.domain.error;

/**
 * Outbound identity federation refuses: the account has not enabled it, the feature is already in
 * the state asked for, or a token would outlive its caller's session or grow too large. AWS
 * documents none of the messages; these say what the model's documentation says.
 */
public final class OutboundFederationException extends StsException {

  private OutboundFederationException(ErrorCode code, String message) {
    super(code, message);
  }

  /** GetWebIdentityToken in an account that has not enabled the feature. */
  public static OutboundFederationException disabled() {
    return new OutboundFederationException(
        ErrorCode.OUTBOUND_FEDERATION_DISABLED,
        "Outbound web identity federation is not enabled for this account.");
  }

  /** The token would expire after the session whose credentials asked for it. */
  public static OutboundFederationException sessionDurationEscalation() {
    return new OutboundFederationException(
        ErrorCode.SESSION_DURATION_ESCALATION,
        "The requested token duration would extend the session beyond its original expiration"
            + " time.");
  }

  public static OutboundFederationException payloadSizeExceeded(int limit) {
    return new OutboundFederationException(
        ErrorCode.JWT_PAYLOAD_SIZE_EXCEEDED,
        "The token payload exceeds the maximum size of "
            + limit
            + " bytes. Reduce the number of request tags.");
  }

  /** IAM's EnableOutboundWebIdentityFederation when it is already enabled. */
  public static OutboundFederationException featureEnabled() {
    return new OutboundFederationException(
        ErrorCode.FEATURE_ENABLED,
        "Outbound identity federation is already enabled for this account.");
  }

  /** IAM's Disable… when it is not enabled, and Get… when it never was. */
  public static OutboundFederationException featureDisabled() {
    return new OutboundFederationException(
        ErrorCode.FEATURE_DISABLED, "Outbound identity federation is disabled for this account.");
  }
}
