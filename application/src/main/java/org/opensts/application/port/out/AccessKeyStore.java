package org.opensts.application.port.out;

import java.util.List;
import java.util.Optional;
import org.opensts.domain.identity.AccessKey;
import org.opensts.domain.identity.AccessKeyId;
import org.opensts.domain.identity.Principal;

/** Where long-term access keys live. Temporary keys are never stored: their token carries them. */
public interface AccessKeyStore {

  /** Replaces the key with the same id, or adds it: for changes such as a new status. */
  void save(AccessKey key);

  /**
   * Adds a new key, atomically, unless its owner already has {@code maxPerOwner} keys.
   *
   * @return false when the owner had too many keys, and nothing changed
   */
  boolean add(AccessKey key, int maxPerOwner);

  Optional<AccessKey> find(AccessKeyId id);

  /** The keys of one principal (a user or the account root), in no particular order. */
  List<AccessKey> findByOwner(Principal owner);

  void delete(AccessKeyId id);
}
