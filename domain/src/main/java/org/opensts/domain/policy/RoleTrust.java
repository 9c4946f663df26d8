package org.opensts.domain.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether a caller may assume a role. A role's trust policy must always allow; when it names the
 * caller directly and the caller is in the role's account nothing more is needed, otherwise (the
 * trust policy names only the caller's account, or the caller is in another account) the caller's
 * identity policies must allow as well. An explicit deny on either side wins.
 */
public final class RoleTrust {

  private RoleTrust() {}

  public static Decision decide(
      PolicyDocument trustPolicy, boolean sameAccount, RequestContext request, Decision identity) {
    Decision trust = PolicyEvaluator.evaluate(request, List.of(trustPolicy));
    if (trust.isExplicitDeny()) {
      return trust;
    }
    if (identity.isExplicitDeny()) {
      return identity;
    }
    if (!trust.isAllowed()) {
      return trust;
    }
    if (sameAccount && trust.grant() == PrincipalMatch.DIRECT) {
      return trust;
    }
    if (!identity.isAllowed()) {
      return identity;
    }
    List<Statement> deciding = new ArrayList<>(trust.decidingStatements());
    deciding.addAll(identity.decidingStatements());
    return new Decision(Decision.Outcome.ALLOW, deciding, trust.grant());
  }
}
