package org.opensts.adapter.persistence.memory;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.opensts.application.port.out.AccessKeyStore;
import org.opensts.domain.identity.AccessKey;
import org.opensts.domain.identity.AccessKeyId;
import org.opensts.domain.identity.Principal;

/** Long-term access keys in a concurrent map keyed by id. */
public final class InMemoryAccessKeyStore implements AccessKeyStore {

  private final Map<AccessKeyId, AccessKey> keys = new ConcurrentHashMap<>();

  @Override
  public void save(AccessKey key) {
    keys.put(key.id(), key);
  }

  /** Counting and adding under one lock, so that concurrent requests cannot exceed the limit. */
  @Override
  public synchronized boolean add(AccessKey key, int maxPerOwner) {
    if (findByOwner(key.owner()).size() >= maxPerOwner) {
      return false;
    }
    keys.put(key.id(), key);
    return true;
  }

  @Override
  public Optional<AccessKey> find(AccessKeyId id) {
    return Optional.ofNullable(keys.get(id));
  }

  @Override
  public List<AccessKey> findByOwner(Principal owner) {
    return keys.values().stream().filter(key -> key.owner().equals(owner)).toList();
  }

  @Override
  public void delete(AccessKeyId id) {
    keys.remove(id);
  }
}
