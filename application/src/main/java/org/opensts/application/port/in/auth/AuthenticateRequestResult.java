package org.opensts.application.port.in.auth;

import java.util.Objects;
import org.opensts.domain.credential.Caller;

/** The authenticated caller. */
public record AuthenticateRequestResult(Caller caller) {

  public AuthenticateRequestResult {
    Objects.requireNonNull(caller, "caller");
  }
}
