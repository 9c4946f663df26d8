package org.opensts.adapter.persistence.file;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.opensts.adapter.persistence.memory.InMemoryOutboundFederationStore;
import org.opensts.application.port.out.OutboundFederationStore;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.webtoken.OutboundFederation;

/** Each account's outbound federation setting, journaled, over the in-memory store. */
final class FileOutboundFederationStore implements OutboundFederationStore {

  private final InMemoryOutboundFederationStore memory = new InMemoryOutboundFederationStore();
  private final ChangeJournal journal;

  FileOutboundFederationStore(ChangeJournal journal) {
    this.journal = journal;
  }

  @Override
  public Optional<OutboundFederation> find(AccountId account) {
    return memory.find(account);
  }

  @Override
  public Optional<OutboundFederation> findByIssuerId(String issuerId) {
    return memory.findByIssuerId(issuerId);
  }

  @Override
  public void save(OutboundFederation federation) {
    AccountId account = federation.account();
    journal.change(
        new ChangeJournal.Slot<>(
            () -> memory.find(account),
            ChangeRecords::put,
            () -> ChangeRecords.delete(ChangeRecords.OUTBOUND_FEDERATION, account.value()),
            memory::save,
            () -> memory.delete(account)),
        () -> {
          memory.save(federation);
          return null;
        });
  }

  void replay(JsonNode record) {
    if (ChangeRecords.isPut(record)) {
      memory.save(ChangeRecords.outboundFederation(record));
    } else {
      memory.delete(AccountId.of(record.path("account").asText()));
    }
  }
}
