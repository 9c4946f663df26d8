package org.opensts.domain.policy;

import java.util.Objects;

/** One statement of a policy document. {@code sid} is empty when the statement has none. */
public record Statement(
    String sid,
    Effect effect,
    PrincipalClause principal,
    ActionClause action,
    ResourceClause resource) {

  public Statement {
    sid = sid == null ? "" : sid;
    Objects.requireNonNull(effect, "effect");
    Objects.requireNonNull(principal, "principal");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(resource, "resource");
  }

  /** Whether the statement applies to the request, and through which principal match. */
  PrincipalMatch appliesTo(RequestContext request) {
    if (!action.matches(request.action()) || !resource.matches(request.resource())) {
      return PrincipalMatch.NONE;
    }
    return principal.present() ? principal.match(request.principal()) : PrincipalMatch.DIRECT;
  }
}
