package org.opensts.domain.policy;

import java.util.Objects;
import org.opensts.domain.identity.Principal;

/**
 * What a policy decision is about: who asks to do which action on which resource, and the request's
 * condition keys.
 */
public record RequestContext(
    Principal principal, String action, String resource, ConditionKeys keys) {

  public RequestContext {
    Objects.requireNonNull(principal, "principal");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(keys, "keys");
  }

  /** A request without condition keys. */
  public RequestContext(Principal principal, String action, String resource) {
    this(principal, action, resource, ConditionKeys.NONE);
  }
}
