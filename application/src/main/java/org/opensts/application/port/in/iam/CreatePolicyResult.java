package org.opensts.application.port.in.iam;

import java.util.Objects;
import org.opensts.domain.iam.ManagedPolicy;

/** The new policy. */
public record CreatePolicyResult(ManagedPolicy policy) {

  public CreatePolicyResult {
    Objects.requireNonNull(policy, "policy");
  }
}
