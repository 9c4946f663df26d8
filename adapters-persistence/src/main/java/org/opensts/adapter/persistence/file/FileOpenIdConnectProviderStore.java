package org.opensts.adapter.persistence.file;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import org.opensts.adapter.persistence.memory.InMemoryOpenIdConnectProviderStore;
import org.opensts.application.port.out.OpenIdConnectProviderStore;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.iam.OpenIdConnectProvider;

/** OpenID Connect providers, journaled, over the in-memory store. */
final class FileOpenIdConnectProviderStore implements OpenIdConnectProviderStore {

  private final InMemoryOpenIdConnectProviderStore memory =
      new InMemoryOpenIdConnectProviderStore();
  private final ChangeJournal journal;

  FileOpenIdConnectProviderStore(ChangeJournal journal) {
    this.journal = journal;
  }

  @Override
  public boolean add(OpenIdConnectProvider provider) {
    return journal.change(slot(provider.account(), provider.url()), () -> memory.add(provider));
  }

  @Override
  public Optional<OpenIdConnectProvider> find(AccountId account, String url) {
    return memory.find(account, url);
  }

  @Override
  public List<OpenIdConnectProvider> list(AccountId account) {
    return memory.list(account);
  }

  @Override
  public void delete(AccountId account, String url) {
    journal.change(
        slot(account, url),
        () -> {
          memory.delete(account, url);
          return null;
        });
  }

  void replay(JsonNode record) {
    if (ChangeRecords.isPut(record)) {
      replace(ChangeRecords.oidcProvider(record));
    } else {
      memory.delete(AccountId.of(record.path("account").asText()), record.path("url").asText());
    }
  }

  private ChangeJournal.Slot<OpenIdConnectProvider> slot(AccountId account, String url) {
    return new ChangeJournal.Slot<>(
        () -> memory.find(account, url),
        ChangeRecords::put,
        () -> ChangeRecords.delete(ChangeRecords.OIDC_PROVIDER, account.value(), url),
        this::replace,
        () -> memory.delete(account, url));
  }

  private void replace(OpenIdConnectProvider provider) {
    memory.delete(provider.account(), provider.url());
    memory.add(provider);
  }
}
