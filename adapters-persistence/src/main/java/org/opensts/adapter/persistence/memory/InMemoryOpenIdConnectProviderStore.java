package org.opensts.adapter.persistence.memory;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.opensts.application.port.out.OpenIdConnectProviderStore;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.iam.OpenIdConnectProvider;

/** OpenID Connect providers in a concurrent map keyed by account and exact issuer URL. */
public final class InMemoryOpenIdConnectProviderStore implements OpenIdConnectProviderStore {

  private record Key(AccountId account, String url) {}

  private final Map<Key, OpenIdConnectProvider> providers = new ConcurrentHashMap<>();

  @Override
  public boolean add(OpenIdConnectProvider provider) {
    return providers.putIfAbsent(new Key(provider.account(), provider.url()), provider) == null;
  }

  @Override
  public Optional<OpenIdConnectProvider> find(AccountId account, String url) {
    return Optional.ofNullable(providers.get(new Key(account, url)));
  }

  @Override
  public List<OpenIdConnectProvider> list(AccountId account) {
    return providers.values().stream().filter(p -> p.account().equals(account)).toList();
  }

  @Override
  public void delete(AccountId account, String url) {
    providers.remove(new Key(account, url));
  }
}
