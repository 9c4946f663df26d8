package org.opensts.application.port.in.iam;

import java.util.Objects;
import org.opensts.domain.iam.Role;

/** The role, all of it. */
public record GetRoleResult(Role role) {

  public GetRoleResult {
    Objects.requireNonNull(role, "role");
  }
}
