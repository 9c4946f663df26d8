package org.opensts.adapter.persistence.memory;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.opensts.application.port.out.SamlProviderStore;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.iam.SamlProvider;

/** SAML providers in a concurrent map keyed by account and name. */
public final class InMemorySamlProviderStore implements SamlProviderStore {

  private record Key(AccountId account, String name) {}

  private final Map<Key, SamlProvider> providers = new ConcurrentHashMap<>();

  @Override
  public boolean add(SamlProvider provider) {
    return providers.putIfAbsent(new Key(provider.account(), provider.name()), provider) == null;
  }

  @Override
  public Optional<SamlProvider> find(AccountId account, String name) {
    return Optional.ofNullable(providers.get(new Key(account, name)));
  }

  @Override
  public List<SamlProvider> list(AccountId account) {
    return providers.values().stream().filter(p -> p.account().equals(account)).toList();
  }

  @Override
  public void delete(AccountId account, String name) {
    providers.remove(new Key(account, name));
  }
}
