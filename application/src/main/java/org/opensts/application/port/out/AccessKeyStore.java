package org.opensts.application.port.out;

import java.util.List;
import java.util.Optional;
import org.opensts.domain.identity.AccessKey;
import org.opensts.domain.identity.AccessKeyId;
import org.opensts.domain.identity.Principal;

/** Where long-term access keys live. Temporary keys are never stored: their token carries them. */
public interface AccessKeyStore {

  void save(AccessKey key);

  Optional<AccessKey> find(AccessKeyId id);

  /** The keys of one principal (a user or the account root), in no particular order. */
  List<AccessKey> findByOwner(Principal owner);

  void delete(AccessKeyId id);
}
