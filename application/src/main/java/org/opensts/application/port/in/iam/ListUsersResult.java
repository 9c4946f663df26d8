package org.opensts.application.port.in.iam;

import java.util.List;
import org.opensts.domain.iam.User;

/** One page of users; {@code marker} is null on the last page. */
public record ListUsersResult(List<User> users, boolean truncated, String marker) {

  public ListUsersResult {
    users = List.copyOf(users);
  }
}
