package org.opensts.adapter.persistence.file;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.opensts.adapter.persistence.memory.NamedEntities;
import org.opensts.domain.account.AccountId;

/**
 * A journaled store of entities named uniquely per account (users, roles) over their in-memory
 * store: reads go to memory, every change is journaled through {@link ChangeJournal}. Subclasses
 * only name the entity type, its memory store and its record mapping.
 */
abstract class NamedEntityStore<E> {

  private final ChangeJournal journal;
  private final String recordType;
  private final NamedEntities<E> memory;
  private final Function<E, AccountId> accountOf;
  private final Function<E, String> nameOf;
  private final Function<JsonNode, E> parse;
  private final Function<E, ObjectNode> toRecord;

  NamedEntityStore(
      ChangeJournal journal,
      String recordType,
      NamedEntities<E> memory,
      Function<E, AccountId> accountOf,
      Function<E, String> nameOf,
      Function<JsonNode, E> parse,
      Function<E, ObjectNode> toRecord) {
    this.journal = journal;
    this.recordType = recordType;
    this.memory = memory;
    this.accountOf = accountOf;
    this.nameOf = nameOf;
    this.parse = parse;
    this.toRecord = toRecord;
  }

  public void save(E entity) {
    journal.change(
        slot(accountOf.apply(entity), nameOf.apply(entity)),
        () -> {
          memory.save(entity);
          return null;
        });
  }

  public boolean add(E entity) {
    return journal.change(
        slot(accountOf.apply(entity), nameOf.apply(entity)), () -> memory.add(entity));
  }

  public Optional<E> find(AccountId account, String name) {
    return memory.find(account, name);
  }

  public List<E> list(AccountId account) {
    return memory.list(account);
  }

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
      memory.save(parse.apply(record));
    } else {
      memory.delete(AccountId.of(record.path("account").asText()), record.path("name").asText());
    }
  }

  private ChangeJournal.Slot<E> slot(AccountId account, String name) {
    return new ChangeJournal.Slot<>(
        () -> memory.find(account, name),
        toRecord,
        () -> ChangeRecords.delete(recordType, account.value(), name),
        memory::save,
        () -> memory.delete(account, name));
  }
}
