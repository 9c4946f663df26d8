package org.opensts.domain.policy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * AWS's policy evaluation: any matching Deny wins, otherwise any matching Allow, otherwise deny.
 */
public final class PolicyEvaluator {

  private PolicyEvaluator() {}

  public static Decision evaluate(RequestContext request, Collection<PolicyDocument> policies) {
    List<Statement> denies = new ArrayList<>();
    List<Statement> allows = new ArrayList<>();
    PrincipalMatch grant = PrincipalMatch.NONE;
    for (PolicyDocument policy : policies) {
      for (Statement statement : policy.statements()) {
        PrincipalMatch match = statement.appliesTo(request);
        if (match == PrincipalMatch.NONE) {
          continue;
        }
        if (statement.effect() == Effect.DENY) {
          denies.add(statement);
        } else {
          allows.add(statement);
          grant = grant.strongest(match);
        }
      }
    }
    if (!denies.isEmpty()) {
      return new Decision(Decision.Outcome.EXPLICIT_DENY, denies, PrincipalMatch.NONE);
    }
    if (!allows.isEmpty()) {
      return new Decision(Decision.Outcome.ALLOW, allows, grant);
    }
    return new Decision(Decision.Outcome.IMPLICIT_DENY, List.of(), PrincipalMatch.NONE);
  }
}
