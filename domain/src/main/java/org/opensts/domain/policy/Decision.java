package org.opensts.domain.policy;

import java.util.List;

/**
 * The outcome of evaluating policies for one request, with the statements that decided it. For a
 * resource-based policy, {@code grant} tells whether an allow named the caller or only its account.
 */
public record Decision(Outcome outcome, List<Statement> decidingStatements, PrincipalMatch grant) {

  /**
   * AWS's three outcomes: an explicit deny beats any allow; no allow at all is an implicit deny.
   */
  public enum Outcome {
    ALLOW,
    EXPLICIT_DENY,
    IMPLICIT_DENY
  }

  public Decision {
    decidingStatements = List.copyOf(decidingStatements);
  }

  public static Decision allowAll() {
    return new Decision(Outcome.ALLOW, List.of(), PrincipalMatch.DIRECT);
  }

  public boolean isAllowed() {
    return outcome == Outcome.ALLOW;
  }

  public boolean isExplicitDeny() {
    return outcome == Outcome.EXPLICIT_DENY;
  }
}
