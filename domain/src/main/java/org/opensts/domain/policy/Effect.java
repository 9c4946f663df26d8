package org.opensts.domain.policy;

/** A statement's effect. */
public enum Effect {
  ALLOW,
  DENY
}
