package org.opensts.adapter.persistence.file;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import org.opensts.adapter.persistence.memory.InMemoryRoleStore;
import org.opensts.application.port.out.RoleStore;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.iam.Role;

/** IAM roles, journaled, over the in-memory store. */
final class FileRoleStore implements RoleStore {

  private final InMemoryRoleStore memory = new InMemoryRoleStore();
  private final ChangeJournal journal;
  private final ChangeRecords records;

  FileRoleStore(ChangeJournal journal, ChangeRecords records) {
    this.journal = journal;
    this.records = records;
  }

  @Override
  public void save(Role role) {
    journal.change(
        slot(role.account(), role.name()),
        () -> {
          memory.save(role);
          return null;
        });
  }

  @Override
  public boolean add(Role role) {
    return journal.change(slot(role.account(), role.name()), () -> memory.add(role));
  }

  @Override
  public Optional<Role> find(AccountId account, String name) {
    return memory.find(account, name);
  }

  @Override
  public List<Role> list(AccountId account) {
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
      memory.save(records.role(record));
    } else {
      memory.delete(AccountId.of(record.path("account").asText()), record.path("name").asText());
    }
  }

  private ChangeJournal.Slot<Role> slot(AccountId account, String name) {
    return new ChangeJournal.Slot<>(
        () -> memory.find(account, name),
        ChangeRecords::put,
        () -> ChangeRecords.delete(ChangeRecords.ROLE, account.value(), name),
        memory::save,
        () -> memory.delete(account, name));
  }
}
