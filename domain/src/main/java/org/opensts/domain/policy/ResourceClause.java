package org.opensts.domain.policy;

import java.util.List;

/**
 * {@code Resource} or {@code NotResource}: resource patterns, matched case-sensitively. Trust
 * policies have none; there the role itself is the resource.
 */
public record ResourceClause(boolean negated, List<String> patterns) {

  /** A statement without a resource element: it applies to the resource it is attached to. */
  public static final ResourceClause ATTACHED_RESOURCE = new ResourceClause(false, List.of("*"));

  public ResourceClause {
    patterns = List.copyOf(patterns);
  }

  public static ResourceClause resource(List<String> patterns) {
    return new ResourceClause(false, patterns);
  }

  public static ResourceClause notResource(List<String> patterns) {
    return new ResourceClause(true, patterns);
  }

  boolean matches(String resource) {
    boolean listed = patterns.stream().anyMatch(p -> Wildcard.matches(p, resource, false));
    return listed != negated;
  }
}
