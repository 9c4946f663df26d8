package org.opensts.application.port.in.iam;

import java.util.List;

/** One page of a user's inline policy names, in order; {@code marker} is null on the last page. */
public record ListUserPoliciesResult(List<String> policyNames, boolean truncated, String marker) {

  public ListUserPoliciesResult {
    policyNames = List.copyOf(policyNames);
  }
}
