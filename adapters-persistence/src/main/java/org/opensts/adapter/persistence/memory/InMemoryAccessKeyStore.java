package org.opensts.adapter.persistence.memory;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.opensts.application.port.out.AccessKeyStore;
import org.opensts.domain.identity.AccessKey;
import org.opensts.domain.identity.AccessKeyId;

/** Long-term access keys in a concurrent map keyed by id. */
public final class InMemoryAccessKeyStore implements AccessKeyStore {

  private final Map<AccessKeyId, AccessKey> keys = new ConcurrentHashMap<>();

  @Override
  public void save(AccessKey key) {
    keys.put(key.id(), key);
  }

  @Override
  public Optional<AccessKey> find(AccessKeyId id) {
    return Optional.ofNullable(keys.get(id));
  }
}
