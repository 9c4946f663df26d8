package org.opensts.adapter.persistence.file;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import org.opensts.adapter.persistence.memory.InMemoryUserStore;
import org.opensts.application.port.out.UserStore;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.iam.User;

/** IAM users, journaled, over the in-memory store. */
final class FileUserStore implements UserStore {

  private final InMemoryUserStore memory = new InMemoryUserStore();
  private final ChangeJournal journal;
  private final ChangeRecords records;

  FileUserStore(ChangeJournal journal, ChangeRecords records) {
    this.journal = journal;
    this.records = records;
  }

  @Override
  public void save(User user) {
    journal.change(
        slot(user.account(), user.name()),
        () -> {
          memory.save(user);
          return null;
        });
  }

  @Override
  public boolean add(User user) {
    return journal.change(slot(user.account(), user.name()), () -> memory.add(user));
  }

  @Override
  public Optional<User> find(AccountId account, String name) {
    return memory.find(account, name);
  }

  @Override
  public List<User> list(AccountId account) {
    return memory.list(account);
  }

  @Override
  public void delete(AccountId account, String name) {
    journal.change(
        slot(account, name),
        () -> {
          memory.delete(account, name);
          return null;
        });
  }

  void replay(JsonNode record) {
    if (ChangeRecords.isPut(record)) {
      memory.save(records.user(record));
    } else {
      memory.delete(AccountId.of(record.path("account").asText()), record.path("name").asText());
    }
  }

  private ChangeJournal.Slot<User> slot(AccountId account, String name) {
    return new ChangeJournal.Slot<>(
        () -> memory.find(account, name),
        ChangeRecords::put,
        () -> ChangeRecords.delete(ChangeRecords.USER, account.value(), name),
        memory::save,
        () -> memory.delete(account, name));
  }
}
