package org.opensts.application.port.in.iam;

import java.util.List;
import org.opensts.domain.iam.ManagedPolicy;

/** One page of the policies attached to a user; {@code marker} is null on the last page. */
public record ListAttachedUserPoliciesResult(
    List<ManagedPolicy> policies, boolean truncated, String marker) {

  public ListAttachedUserPoliciesResult {
    policies = List.copyOf(policies);
  }
}
