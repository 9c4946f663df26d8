package org.opensts.domain.policy;

import java.util.List;

/** The outcome of evaluating the policies of one request, with the statements that decided it. */
public record Decision(Outcome outcome, List<Statement> decidingStatements) {

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

  public boolean isAllowed() {
    return outcome == Outcome.ALLOW;
  }

  public boolean isExplicitDeny() {
    return outcome == Outcome.EXPLICIT_DENY;
  }
}
