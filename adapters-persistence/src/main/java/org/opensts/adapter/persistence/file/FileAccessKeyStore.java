package org.opensts.adapter.persistence.file;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import org.opensts.adapter.persistence.memory.InMemoryAccessKeyStore;
import org.opensts.application.port.out.AccessKeyStore;
import org.opensts.domain.identity.AccessKey;
import org.opensts.domain.identity.AccessKeyId;
import org.opensts.domain.identity.Principal;
import org.opensts.domain.secret.SecretBox;

/** Long-term access keys, journaled with their secrets sealed, over the in-memory store. */
final class FileAccessKeyStore implements AccessKeyStore {

  private final InMemoryAccessKeyStore memory = new InMemoryAccessKeyStore();
  private final ChangeJournal journal;
  private final ChangeRecords records;

  FileAccessKeyStore(ChangeJournal journal, ChangeRecords records) {
    this.journal = journal;
    this.records = records;
  }

  @Override
  public void save(AccessKey key) {
    journal.change(
        slot(key.id()),
        () -> {
          memory.save(key);
          return null;
        });
  }

  /** The journal's lock serializes this with every other change, so the quota holds. */
  @Override
  public boolean add(AccessKey key, int maxPerOwner) {
    return journal.change(slot(key.id()), () -> memory.add(key, maxPerOwner));
  }

  @Override
  public Optional<AccessKey> find(AccessKeyId id) {
    return memory.find(id);
  }

  @Override
  public List<AccessKey> findByOwner(Principal owner) {
    return memory.findByOwner(owner);
  }

  @Override
  public void delete(AccessKeyId id) {
    journal.change(
        slot(id),
        () -> {
          memory.delete(id);
          return null;
        });
  }

  void replay(JsonNode record) throws SecretBox.WrongKeyException {
    if (ChangeRecords.isPut(record)) {
      memory.save(records.accessKey(record));
    } else {
      memory.delete(new AccessKeyId(record.path("id").asText()));
    }
  }

  private ChangeJournal.Slot<AccessKey> slot(AccessKeyId id) {
    return new ChangeJournal.Slot<>(
        () -> memory.find(id),
        key -> records.put(key),
        () -> ChangeRecords.delete(ChangeRecords.ACCESS_KEY, id.value()),
        memory::save,
        () -> memory.delete(id));
  }
}
