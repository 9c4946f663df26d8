package org.opensts.application.port.in.iam;

import java.util.Objects;
import org.opensts.domain.iam.User;

/** The new user. */
public record CreateUserResult(User user) {

  public CreateUserResult {
    Objects.requireNonNull(user, "user");
  }
}
