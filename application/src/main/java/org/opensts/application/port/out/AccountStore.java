package org.opensts.application.port.out;

import java.util.Optional;
import org.opensts.domain.account.Account;
import org.opensts.domain.account.AccountId;

/** Where accounts live. */
public interface AccountStore {

  void save(Account account);

  Optional<Account> find(AccountId id);
}
