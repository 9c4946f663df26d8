package org.opensts.domain.error;

/**
 * The service refuses a request for want of capacity, not because the request is wrong: the
 * caller's request rate is over its limit, or too many requests are in progress. Clients retry
 * both.
 */
public final class CapacityException extends StsException {

  private CapacityException(ErrorCode code, String message) {
    super(code, message);
  }

  /** AWS's answer to a caller over its request rate. */
  public static CapacityException throttling() {
    return new CapacityException(ErrorCode.THROTTLING, "Rate exceeded");
  }

  /** AWS's answer when the service has no room for one more request. */
  public static CapacityException serviceUnavailable() {
    return new CapacityException(
        ErrorCode.SERVICE_UNAVAILABLE, "Service is unable to handle request.");
  }
}
