package org.opensts.domain.error;

/**
 * The store that holds the state a request needs cannot be reached (a shared database down or cut
 * off). Nothing was changed; AWS's clients retry a ServiceUnavailable. The store logs the cause.
 */
public final class StoreUnavailableException extends StsException {

  public StoreUnavailableException() {
    super(ErrorCode.SERVICE_UNAVAILABLE, "Service is unable to handle request.");
  }
}
