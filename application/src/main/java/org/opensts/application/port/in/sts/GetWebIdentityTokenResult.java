package org.opensts.application.port.in.sts;

import java.time.Instant;
import java.util.Objects;

/**
 * The signed token and when it expires.
 *
 * @param webIdentityToken the JWT in compact serialization
 */
public record GetWebIdentityTokenResult(String webIdentityToken, Instant expiration) {

  public GetWebIdentityTokenResult {
    Objects.requireNonNull(webIdentityToken, "webIdentityToken");
    Objects.requireNonNull(expiration, "expiration");
  }
}
