package org.opensts.application.port.in.iam;

import java.util.List;
import org.opensts.domain.iam.ManagedPolicy;

/** One page of policies; {@code marker} is null on the last page. */
public record ListPoliciesResult(List<ManagedPolicy> policies, boolean truncated, String marker) {

  public ListPoliciesResult {
    policies = List.copyOf(policies);
  }
}
