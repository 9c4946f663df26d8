package org.opensts.application.port.in.iam;

import java.util.Objects;
import org.opensts.domain.credential.Caller;

/** ListSAMLProviders has no members (and no paging). */
public record ListSamlProvidersCommand(Caller caller) {

  public ListSamlProvidersCommand {
    Objects.requireNonNull(caller, "caller");
  }
}
