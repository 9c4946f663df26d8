package org.opensts.application.port.in.iam;

import java.util.List;
import org.opensts.domain.iam.ManagedPolicy;

/** One page of the policies attached to a role; {@code marker} is null on the last page. */
public record ListAttachedRolePoliciesResult(
    List<ManagedPolicy> policies, boolean truncated, String marker) {

  public ListAttachedRolePoliciesResult {
    policies = List.copyOf(policies);
  }
}
