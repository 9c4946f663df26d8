package org.opensts.application.port.in.sts;

import java.util.Objects;

/** The account the key belongs to. */
public record GetAccessKeyInfoResult(String account) {

  public GetAccessKeyInfoResult {
    Objects.requireNonNull(account, "account");
  }
}
