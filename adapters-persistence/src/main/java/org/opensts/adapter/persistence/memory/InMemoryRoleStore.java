package org.opensts.adapter.persistence.memory;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.opensts.application.port.out.RoleStore;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.iam.Role;

/** IAM roles in a concurrent map keyed by account and case-folded name. */
public final class InMemoryRoleStore implements RoleStore, NamedEntities<Role> {

  private final Map<EntityKey, Role> roles = new ConcurrentHashMap<>();

  @Override
  public void save(Role role) {
    roles.put(EntityKey.of(role.account(), role.name()), role);
  }

  @Override
  public boolean add(Role role) {
    return roles.putIfAbsent(EntityKey.of(role.account(), role.name()), role) == null;
  }

  @Override
  public Optional<Role> find(AccountId account, String name) {
    return Optional.ofNullable(roles.get(EntityKey.of(account, name)));
  }

  @Override
  public List<Role> list(AccountId account) {
    return roles.values().stream().filter(role -> role.account().equals(account)).toList();
  }

  @Override
  public void delete(AccountId account, String name) {
    roles.remove(EntityKey.of(account, name));
  }
}
