package org.opensts.adapter.persistence.memory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opensts.application.port.out.OrganizationStore;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.organization.Organization;

/** Organizations by id, few enough to scan. */
public final class InMemoryOrganizationStore implements OrganizationStore {

  private final Map<String, Organization> byId = new LinkedHashMap<>();

  @Override
  public synchronized Optional<Organization> ofAccount(AccountId account) {
    return byId.values().stream().filter(o -> includes(o, account)).findFirst();
  }

  @Override
  public synchronized List<Organization> all() {
    List<Organization> all = new ArrayList<>(byId.values());
    all.sort(Comparator.comparing(Organization::id));
    return List.copyOf(all);
  }

  @Override
  public synchronized void save(Organization organization) {
    for (Organization other : byId.values()) {
      if (other.id().equals(organization.id())) {
        continue;
      }
      if (includes(other, organization.managementAccount())
          || organization.memberAccounts().stream().anyMatch(a -> includes(other, a))) {
        throw new IllegalArgumentException(
            "An account of " + organization.id() + " belongs to " + other.id());
      }
    }
    byId.put(organization.id(), organization);
  }

  public synchronized Optional<Organization> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** Forgets the organization; the file store takes a change back with it. */
  public synchronized void delete(String id) {
    byId.remove(id);
  }

  private static boolean includes(Organization organization, AccountId account) {
    return organization.managementAccount().equals(account) || organization.isMember(account);
  }
}
