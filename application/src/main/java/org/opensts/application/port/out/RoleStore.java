package org.opensts.application.port.out;

import java.util.List;
import java.util.Optional;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.iam.Role;

/** Where IAM roles live. Names are unique per account regardless of case, as in IAM. */
public interface RoleStore {

  /** Replaces the role with the same name (in any case), or adds it: for changes to a role. */
  void save(Role role);

  /**
   * Adds a new role, atomically, unless one of the same name (in any case) exists.
   *
   * @return false when the name was taken, and nothing changed
   */
  boolean add(Role role);

  Optional<Role> find(AccountId account, String name);

  /** The account's roles, in no particular order. */
  List<Role> list(AccountId account);

  /** Removes the role of that name (in any case), if there is one. */
  void delete(AccountId account, String name);
}
