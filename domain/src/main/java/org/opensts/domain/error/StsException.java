package org.opensts.domain.error;

import java.util.Objects;

/**
 * Root of every error the service reports: a code from one vocabulary and a message worded as AWS
 * words it. Sealed so that each adapter's translation table stays complete.
 */
public abstract sealed class StsException extends RuntimeException
    permits AuthenticationException,
        AccessDeniedException,
        InvalidRequestException,
        EntityException,
        MalformedPolicyDocumentException,
        IdentityProviderException,
        OutboundFederationException,
        OrganizationException,
        CapacityException,
        StoreUnavailableException,
        TradeInTokenException {

  private final ErrorCode code;

  StsException(ErrorCode code, String message) {
    super(Objects.requireNonNull(message, "message"), null, false, false);
    this.code = Objects.requireNonNull(code, "code");
  }

  public ErrorCode code() {
    return code;
  }
}
