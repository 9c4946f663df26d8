package org.opensts.application.port.in.iam;

import java.util.Objects;
import org.opensts.domain.credential.Caller;

/** ListOpenIDConnectProviders has no members (and no paging). */
public record ListOpenIdConnectProvidersCommand(Caller caller) {

  public ListOpenIdConnectProvidersCommand {
    Objects.requireNonNull(caller, "caller");
  }
}
