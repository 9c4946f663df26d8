package org.opensts.domain.account;

import java.time.Instant;
import java.util.Objects;

/** An AWS account: the unit that owns users, roles and policies. The alias is informational. */
public record Account(AccountId id, String alias, Instant createDate) {

  public Account {
    Objects.requireNonNull(id, "id");
    alias = alias == null ? "" : alias;
    Objects.requireNonNull(createDate, "createDate");
  }
}
