package org.opensts.application.port.in.iam;

import java.util.Objects;
import org.opensts.domain.credential.Caller;

/** EnableOutboundWebIdentityFederation takes no parameters; only the caller. */
public record EnableOutboundWebIdentityFederationCommand(Caller caller) {

  public EnableOutboundWebIdentityFederationCommand {
    Objects.requireNonNull(caller, "caller");
  }
}
