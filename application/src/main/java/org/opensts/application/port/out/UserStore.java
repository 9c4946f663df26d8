package org.opensts.application.port.out;

import java.util.List;
import java.util.Optional;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.iam.User;

/** Where IAM users live. Names are unique per account regardless of case, as in IAM. */
public interface UserStore {

  /** Replaces the user with the same name (in any case), or adds it: for changes to a user. */
  void save(User user);

  /**
   * Adds a new user, atomically, unless one of the same name (in any case) exists.
   *
   * @return false when the name was taken, and nothing changed
   */
  boolean add(User user);

  Optional<User> find(AccountId account, String name);

  /** The account's users, in no particular order. */
  List<User> list(AccountId account);

  /** Removes the user of that name (in any case), if there is one. */
  void delete(AccountId account, String name);
}
