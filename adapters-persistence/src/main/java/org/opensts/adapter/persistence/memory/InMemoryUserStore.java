package org.opensts.adapter.persistence.memory;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.opensts.application.port.out.UserStore;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.iam.User;

/** IAM users in a concurrent map keyed by account and case-folded name. */
public final class InMemoryUserStore implements UserStore, NamedEntities<User> {

  private final Map<EntityKey, User> users = new ConcurrentHashMap<>();

  @Override
  public void save(User user) {
    users.put(EntityKey.of(user.account(), user.name()), user);
  }

  @Override
  public boolean add(User user) {
    return users.putIfAbsent(EntityKey.of(user.account(), user.name()), user) == null;
  }

  @Override
  public Optional<User> find(AccountId account, String name) {
    return Optional.ofNullable(users.get(EntityKey.of(account, name)));
  }

  @Override
  public List<User> list(AccountId account) {
    return users.values().stream().filter(user -> user.account().equals(account)).toList();
  }

  @Override
  public void delete(AccountId account, String name) {
    users.remove(EntityKey.of(account, name));
  }
}
