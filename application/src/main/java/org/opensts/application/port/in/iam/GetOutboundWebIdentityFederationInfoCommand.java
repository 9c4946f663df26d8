package org.opensts.application.port.in.iam;

import java.util.Objects;
import org.opensts.domain.credential.Caller;

/** GetOutboundWebIdentityFederationInfo takes no parameters; only the caller. */
public record GetOutboundWebIdentityFederationInfoCommand(Caller caller) {

  public GetOutboundWebIdentityFederationInfoCommand {
    Objects.requireNonNull(caller, "caller");
  }
}
