package org.opensts.application.port.out;

import java.util.Optional;
import org.opensts.domain.identity.AccessKey;
import org.opensts.domain.identity.AccessKeyId;

/** Where long-term access keys live. Temporary keys are never stored: their token carries them. */
public interface AccessKeyStore {

  void save(AccessKey key);

  Optional<AccessKey> find(AccessKeyId id);
}
