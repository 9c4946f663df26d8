package org.opensts.application.port.in.auth;

/**
 * The decision: allowed, or denied explicitly or implicitly.
 *
 * @param encodedMessage null when allowed; otherwise the sealed reasons, which the caller can read
 *     with STS DecodeAuthorizationMessage
 */
public record AuthorizeResult(boolean allowed, boolean explicitDeny, String encodedMessage) {

  public AuthorizeResult {
    if (allowed && (explicitDeny || encodedMessage != null)) {
      throw new IllegalArgumentException("An allowed request has neither deny nor message");
    }
    if (!allowed && encodedMessage == null) {
      throw new IllegalArgumentException("A denied request carries its encoded message");
    }
  }
}
