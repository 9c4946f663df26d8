package org.opensts.adapter.persistence.file;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import org.opensts.adapter.persistence.memory.InMemoryOrganizationStore;
import org.opensts.application.port.out.OrganizationStore;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.organization.Organization;

/**
 * Organizations, journaled, over the in-memory store. The latest records of all organizations never
 * share an account, so a snapshot replays in any order.
 */
final class FileOrganizationStore implements OrganizationStore {

  private final InMemoryOrganizationStore memory = new InMemoryOrganizationStore();
  private final ChangeJournal journal;

  FileOrganizationStore(ChangeJournal journal) {
    this.journal = journal;
  }

  @Override
  public Optional<Organization> ofAccount(AccountId account) {
    return memory.ofAccount(account);
  }

  @Override
  public List<Organization> all() {
    return memory.all();
  }

  /** A refused organization throws before memory changes, so nothing is journaled. */
  @Override
  public void save(Organization organization) {
    String id = organization.id();
    journal.change(
        new ChangeJournal.Slot<>(
            () -> memory.find(id),
            ChangeRecords::put,
            () -> ChangeRecords.delete(ChangeRecords.ORGANIZATION, id),
            memory::save,
            () -> memory.delete(id)),
        () -> {
          memory.save(organization);
          return null;
        });
  }

  void replay(JsonNode record) {
    if (ChangeRecords.isPut(record)) {
      memory.save(ChangeRecords.organization(record));
    } else {
      memory.delete(record.path("id").asText());
    }
  }
}
