package org.opensts.application.port.in.iam;

import java.util.List;
import org.opensts.domain.iam.Role;

/** One page of roles; {@code marker} is null on the last page. */
public record ListRolesResult(List<Role> roles, boolean truncated, String marker) {

  public ListRolesResult {
    roles = List.copyOf(roles);
  }
}
