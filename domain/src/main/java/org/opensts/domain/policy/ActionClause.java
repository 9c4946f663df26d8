package org.opensts.domain.policy;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * {@code Action} or {@code NotAction}: action patterns, matched case-insensitively. The patterns
 * are lower-cased once here and the request's action once per decision, so matching compares
 * plainly.
 */
public final class ActionClause {

  private final boolean negated;
  private final List<String> patterns;
  private final String[] lowerCasePatterns;

  public ActionClause(boolean negated, List<String> patterns) {
    this.negated = negated;
    this.patterns = List.copyOf(patterns);
    this.lowerCasePatterns =
        this.patterns.stream().map(p -> p.toLowerCase(Locale.ROOT)).toArray(String[]::new);
  }

  public static ActionClause action(List<String> patterns) {
    return new ActionClause(false, patterns);
  }

  public static ActionClause notAction(List<String> patterns) {
    return new ActionClause(true, patterns);
  }

  public boolean negated() {
    return negated;
  }

  /** The patterns as written. */
  public List<String> patterns() {
    return patterns;
  }

  boolean matches(String action) {
    return matchesLowerCase(action.toLowerCase(Locale.ROOT));
  }

  /** As {@link #matches}, for an action the caller has already lower-cased. */
  boolean matchesLowerCase(String lowerCaseAction) {
    boolean listed = false;
    for (int i = 0; i < lowerCasePatterns.length && !listed; i++) {
      listed = Wildcard.matches(lowerCasePatterns[i], lowerCaseAction, false);
    }
    return listed != negated;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ActionClause that
        && negated == that.negated
        && patterns.equals(that.patterns);
  }

  @Override
  public int hashCode() {
    return Objects.hash(negated, patterns);
  }

  @Override
  public String toString() {
    return "ActionClause[negated=" + negated + ", patterns=" + patterns + "]";
  }
}
