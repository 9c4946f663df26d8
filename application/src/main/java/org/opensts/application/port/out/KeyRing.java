package org.opensts.application.port.out;

import java.util.Optional;
import org.opensts.domain.credential.SealingKey;

/**
 * The keys that seal session tokens. New tokens are sealed with the current key; older keys stay
 * findable so that tokens sealed before a rotation still open.
 */
public interface KeyRing {

  SealingKey current();

  Optional<SealingKey> find(String keyId);
}
