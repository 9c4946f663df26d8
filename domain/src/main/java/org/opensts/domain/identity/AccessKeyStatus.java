package org.opensts.domain.identity;

/** Whether a long-term access key may sign requests. */
public enum AccessKeyStatus {
  ACTIVE,
  INACTIVE
}
