package org.opensts.application.port.in.sts;

import java.util.Objects;

/** The message as AWS's JSON document. */
public record DecodeAuthorizationMessageResult(String decodedMessage) {

  public DecodeAuthorizationMessageResult {
    Objects.requireNonNull(decodedMessage, "decodedMessage");
  }
}
