package org.opensts.domain.error;

/**
 * GetDelegatedAccessToken's own refusal: the trade-in token was genuine but its time to be
 * exchanged has passed ({@code ExpiredTradeInTokenException}, 400).
 */
public final class TradeInTokenException extends StsException {

  private TradeInTokenException(String message) {
    super(ErrorCode.EXPIRED_TRADE_IN_TOKEN, message);
  }

  public static TradeInTokenException expired() {
    return new TradeInTokenException("The trade-in token has expired.");
  }
}
