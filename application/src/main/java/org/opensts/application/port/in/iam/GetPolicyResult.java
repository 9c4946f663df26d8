package org.opensts.application.port.in.iam;

import java.util.Objects;
import org.opensts.domain.iam.ManagedPolicy;

/** The policy, with its attachment count. */
public record GetPolicyResult(ManagedPolicy policy) {

  public GetPolicyResult {
    Objects.requireNonNull(policy, "policy");
  }
}
