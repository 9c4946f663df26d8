package org.opensts.application.port.in.delegation;

import java.time.Instant;
import java.util.Objects;

/**
 * The token to hand to the partner.
 *
 * @param tradeInToken opaque text for GetDelegatedAccessToken's {@code TradeInToken}
 * @param assumedPrincipal the ARN of the IAM entity whose permissions the token delegates
 * @param expiration the last instant the token may be exchanged
 */
public record CreateTradeInTokenResult(
    String tradeInToken, String assumedPrincipal, Instant expiration) {

  public CreateTradeInTokenResult {
    Objects.requireNonNull(tradeInToken, "tradeInToken");
    Objects.requireNonNull(assumedPrincipal, "assumedPrincipal");
    Objects.requireNonNull(expiration, "expiration");
  }
}
