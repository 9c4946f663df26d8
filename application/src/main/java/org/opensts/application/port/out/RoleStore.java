package org.opensts.application.port.out;

import java.util.List;
import java.util.Optional;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.iam.Role;

/** Where IAM roles live. Names are unique per account regardless of case, as in IAM. */
public interface RoleStore {

  /** Adds the role, or replaces the one with the same name (in any case). */
  void save(Role role);

  Optional<Role> find(AccountId account, String name);

  /** The account's roles, in no particular order. */
  List<Role> list(AccountId account);

  /** Removes the role of that name (in any case), if there is one. */
  void delete(AccountId account, String name);
}
