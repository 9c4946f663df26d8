package org.opensts.adapter.persistence.memory;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.opensts.application.port.out.AccountStore;
import org.opensts.domain.account.Account;
import org.opensts.domain.account.AccountId;

/** Accounts in a concurrent map. */
public final class InMemoryAccountStore implements AccountStore {

  private final Map<AccountId, Account> accounts = new ConcurrentHashMap<>();

  @Override
  public void save(Account account) {
    accounts.put(account.id(), account);
  }

  @Override
  public Optional<Account> find(AccountId id) {
    return Optional.ofNullable(accounts.get(id));
  }
}
