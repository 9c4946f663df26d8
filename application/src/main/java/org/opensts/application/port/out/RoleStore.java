package org.opensts.application.port.out;

import java.util.Optional;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.iam.Role;

/** Where IAM roles live. Names are unique per account regardless of case, as in IAM. */
public interface RoleStore {

  /** Adds the role, or replaces the one with the same name (in any case). */
  void save(Role role);

  Optional<Role> find(AccountId account, String name);
}
