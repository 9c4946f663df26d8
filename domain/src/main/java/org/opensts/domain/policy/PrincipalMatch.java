package org.opensts.domain.policy;

/**
 * How a resource-based policy statement's principal element covers a caller. A statement that names
 * the caller (or everyone) grants directly; one that names the caller's account only delegates to
 * that account's identity policies.
 */
public enum PrincipalMatch {
  NONE,
  ACCOUNT,
  DIRECT;

  PrincipalMatch strongest(PrincipalMatch other) {
    return other.ordinal() > ordinal() ? other : this;
  }
}
