package org.opensts.domain.policy;

import java.util.Objects;
import org.opensts.domain.identity.Principal;

/** What a policy decision is about: who asks to do which action on which resource. */
public record RequestContext(Principal principal, String action, String resource) {

  public RequestContext {
    Objects.requireNonNull(principal, "principal");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(resource, "resource");
  }
}
