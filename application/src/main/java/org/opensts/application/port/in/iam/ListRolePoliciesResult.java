package org.opensts.application.port.in.iam;

import java.util.List;

/** One page of a role's inline policy names, in order; {@code marker} is null on the last page. */
public record ListRolePoliciesResult(List<String> policyNames, boolean truncated, String marker) {

  public ListRolePoliciesResult {
    policyNames = List.copyOf(policyNames);
  }
}
