package org.opensts.adapter.persistence.file;

import org.opensts.adapter.persistence.memory.InMemoryUserStore;
import org.opensts.application.port.out.UserStore;
import org.opensts.domain.iam.User;

/** IAM users, journaled, over the in-memory store. */
final class FileUserStore extends NamedEntityStore<User> implements UserStore {

  FileUserStore(ChangeJournal journal, ChangeRecords records) {
    super(
        journal,
        ChangeRecords.USER,
        new InMemoryUserStore(),
        User::account,
        User::name,
        records::user,
        ChangeRecords::put);
  }
}
