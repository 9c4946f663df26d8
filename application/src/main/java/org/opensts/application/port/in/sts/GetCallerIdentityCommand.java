package org.opensts.application.port.in.sts;

import java.util.Objects;
import org.opensts.domain.credential.Caller;

/** GetCallerIdentity takes no parameters; only the caller. */
public record GetCallerIdentityCommand(Caller caller) {

  public GetCallerIdentityCommand {
    Objects.requireNonNull(caller, "caller");
  }
}
