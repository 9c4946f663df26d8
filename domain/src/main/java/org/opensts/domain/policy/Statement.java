package org.opensts.domain.policy;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One statement of a policy document. {@code sid} is empty when the statement has none; the
 * conditions all must hold (AND) for the statement to apply.
 */
public record Statement(
    String sid,
    Effect effect,
    PrincipalClause principal,
    ActionClause action,
    ResourceClause resource,
    List<Condition> conditions) {

  public Statement {
    sid = sid == null ? "" : sid;
    Objects.requireNonNull(effect, "effect");
    Objects.requireNonNull(principal, "principal");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(resource, "resource");
    conditions = List.copyOf(conditions);
  }

  /** A statement without conditions. */
  public Statement(
      String sid,
      Effect effect,
      PrincipalClause principal,
      ActionClause action,
      ResourceClause resource) {
    this(sid, effect, principal, action, resource, List.of());
  }

  /**
   * Whether the statement applies to the request, and through which principal match; the cheap
   * tests (action, resource, principal) come before the conditions.
   */
  PrincipalMatch appliesTo(RequestContext request) {
    return appliesTo(request, request.action().toLowerCase(Locale.ROOT));
  }

  /** As {@link #appliesTo(RequestContext)}, with the action lower-cased once for all statements. */
  PrincipalMatch appliesTo(RequestContext request, String lowerCaseAction) {
    if (!action.matchesLowerCase(lowerCaseAction)
        || !resource.matches(request.resource(), request.keys())) {
      return PrincipalMatch.NONE;
    }
    PrincipalMatch match =
        principal.present() ? principal.match(request.principal(), effect) : PrincipalMatch.DIRECT;
    return match == PrincipalMatch.NONE || !conditionsHold(request.keys())
        ? PrincipalMatch.NONE
        : match;
  }

  private boolean conditionsHold(ConditionKeys keys) {
    for (int i = 0; i < conditions.size(); i++) {
      if (!conditions.get(i).isSatisfiedBy(keys)) {
        return false;
      }
    }
    return true;
  }
}
