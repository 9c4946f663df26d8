package org.opensts.adapter.persistence.file;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.opensts.application.port.out.AccountStore;
import org.opensts.domain.account.Account;
import org.opensts.domain.account.AccountId;

/** Accounts, journaled. Accounts are never deleted, so the map is private to this store. */
final class FileAccountStore implements AccountStore {

  private final Map<AccountId, Account> accounts = new ConcurrentHashMap<>();
  private final ChangeJournal journal;

  FileAccountStore(ChangeJournal journal) {
    this.journal = journal;
  }

  @Override
  public void save(Account account) {
    AccountId id = account.id();
    journal.change(
        new ChangeJournal.Slot<>(
            () -> find(id),
            ChangeRecords::put,
            () -> ChangeRecords.delete(ChangeRecords.ACCOUNT, id.value()),
            this::put,
            () -> accounts.remove(id)),
        () -> accounts.put(id, account));
  }

  @Override
  public Optional<Account> find(AccountId id) {
    return Optional.ofNullable(accounts.get(id));
  }

  void replay(JsonNode record) {
    if (ChangeRecords.isPut(record)) {
      put(ChangeRecords.account(record));
    } else {
      accounts.remove(AccountId.of(record.path("id").asText()));
    }
  }

  private void put(Account account) {
    accounts.put(account.id(), account);
  }
}
