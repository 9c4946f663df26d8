package org.opensts.domain.policy;

import java.util.List;

/**
 * {@code Resource} or {@code NotResource}: resource patterns, matched case-sensitively, with policy
 * variables resolved per request. Trust policies have none; there the role itself is the resource.
 */
public record ResourceClause(boolean negated, List<PolicyPattern> patterns) {

  /** A statement without a resource element: it applies to the resource it is attached to. */
  public static final ResourceClause ATTACHED_RESOURCE =
      new ResourceClause(false, List.of(PolicyPattern.literal("*")));

  public ResourceClause {
    patterns = List.copyOf(patterns);
  }

  /** Patterns without policy variables. */
  public static ResourceClause resource(List<String> patterns) {
    return new ResourceClause(false, patterns.stream().map(PolicyPattern::literal).toList());
  }

  /** Patterns without policy variables. */
  public static ResourceClause notResource(List<String> patterns) {
    return new ResourceClause(true, patterns.stream().map(PolicyPattern::literal).toList());
  }

  boolean matches(String resource, ConditionKeys keys) {
    boolean listed = false;
    for (int i = 0; i < patterns.size() && !listed; i++) {
      listed = patterns.get(i).matches(resource, keys, false);
    }
    return listed != negated;
  }
}
