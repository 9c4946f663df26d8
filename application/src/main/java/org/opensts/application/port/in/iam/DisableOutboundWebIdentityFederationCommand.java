package org.opensts.application.port.in.iam;

import java.util.Objects;
import org.opensts.domain.credential.Caller;

/** DisableOutboundWebIdentityFederation takes no parameters; only the caller. */
public record DisableOutboundWebIdentityFederationCommand(Caller caller) {

  public DisableOutboundWebIdentityFederationCommand {
    Objects.requireNonNull(caller, "caller");
  }
}
