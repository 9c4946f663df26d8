package org.opensts.domain.policy;

/**
 * Where a policy is attached, which decides its grammar: a trust policy must name principals, an
 * identity policy must not.
 */
public enum PolicyKind {
  IDENTITY,
  TRUST
}
