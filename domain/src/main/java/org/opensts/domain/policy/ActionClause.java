package org.opensts.domain.policy;

import java.util.List;

/** {@code Action} or {@code NotAction}: action patterns, matched case-insensitively. */
public record ActionClause(boolean negated, List<String> patterns) {

  public ActionClause {
    patterns = List.copyOf(patterns);
  }

  public static ActionClause action(List<String> patterns) {
    return new ActionClause(false, patterns);
  }

  public static ActionClause notAction(List<String> patterns) {
    return new ActionClause(true, patterns);
  }

  boolean matches(String action) {
    boolean listed = false;
    // Indexed, not for-each: no iterator per statement on the hot path.
    for (int i = 0; i < patterns.size() && !listed; i++) {
      listed = Wildcard.matches(patterns.get(i), action, true);
    }
    return listed != negated;
  }
}
