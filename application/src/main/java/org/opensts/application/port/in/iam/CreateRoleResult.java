package org.opensts.application.port.in.iam;

import java.util.Objects;
import org.opensts.domain.iam.Role;

/** The new role. */
public record CreateRoleResult(Role role) {

  public CreateRoleResult {
    Objects.requireNonNull(role, "role");
  }
}
