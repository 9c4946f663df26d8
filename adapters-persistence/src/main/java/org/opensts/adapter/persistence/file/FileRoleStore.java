package org.opensts.adapter.persistence.file;

import org.opensts.adapter.persistence.memory.InMemoryRoleStore;
import org.opensts.application.port.out.RoleStore;
import org.opensts.domain.iam.Role;

/** IAM roles, journaled, over the in-memory store. */
final class FileRoleStore extends NamedEntityStore<Role> implements RoleStore {

  FileRoleStore(ChangeJournal journal, ChangeRecords records) {
    super(
        journal,
        ChangeRecords.ROLE,
        new InMemoryRoleStore(),
        Role::account,
        Role::name,
        records::role,
        ChangeRecords::put);
  }
}
