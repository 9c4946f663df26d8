package org.opensts.adapter.persistence.file;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import org.opensts.adapter.persistence.memory.InMemorySamlProviderStore;
import org.opensts.application.port.out.SamlProviderStore;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.iam.SamlProvider;

/** SAML providers, journaled, over the in-memory store. */
final class FileSamlProviderStore implements SamlProviderStore {

  private final InMemorySamlProviderStore memory = new InMemorySamlProviderStore();
  private final ChangeJournal journal;

  FileSamlProviderStore(ChangeJournal journal) {
    this.journal = journal;
  }

  @Override
  public boolean add(SamlProvider provider) {
    return journal.change(slot(provider.account(), provider.name()), () -> memory.add(provider));
  }

  @Override
  public Optional<SamlProvider> find(AccountId account, String name) {
    return memory.find(account, name);
  }

  @Override
  public List<SamlProvider> list(AccountId account) {
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
      replace(ChangeRecords.samlProvider(record));
    } else {
      memory.delete(AccountId.of(record.path("account").asText()), record.path("name").asText());
    }
  }

  private ChangeJournal.Slot<SamlProvider> slot(AccountId account, String name) {
    return new ChangeJournal.Slot<>(
        () -> memory.find(account, name),
        ChangeRecords::put,
        () -> ChangeRecords.delete(ChangeRecords.SAML_PROVIDER, account.value(), name),
        this::replace,
        () -> memory.delete(account, name));
  }

  private void replace(SamlProvider provider) {
    memory.delete(provider.account(), provider.name());
    memory.add(provider);
  }
}
