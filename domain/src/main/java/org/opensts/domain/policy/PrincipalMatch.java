package org.opensts.domain.policy;

/**
 * How a resource-based policy statement's principal element covers a caller, weakest first. Naming
 * only the caller's account delegates to that account's identity policies; naming the role of a
 * role session grants to the session within its boundary and session policies; naming the caller
 * itself (or everyone) grants outright.
 */
public enum PrincipalMatch {
  NONE,
  ACCOUNT,
  ROLE,
  DIRECT;

  PrincipalMatch strongest(PrincipalMatch other) {
    return other.ordinal() > ordinal() ? other : this;
  }
}
