package org.opensts.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.opensts.domain.credential.SealingKey;

/**
 * The keys that seal session tokens. New tokens are sealed with the current key; older keys stay
 * findable so that tokens sealed before a rotation still open, until they are pruned.
 *
 * <p>A key <em>retires</em> when the next key is made current: at the creation instant of that next
 * key. Times come in from the caller, so that the application's clock decides.
 */
public interface KeyRing {

  SealingKey current();

  Optional<SealingKey> find(String keyId);

  /**
   * Makes a new key, created at {@code now}, the current one; the previous current key retires at
   * {@code now} and stays findable. Durable stores return once the new key is durable.
   *
   * @return the new current key
   */
  SealingKey rotate(Instant now);

  /**
   * Removes every key that retired at or before {@code retiredAtOrBefore}. The current key is never
   * removed.
   *
   * @return the ids of the keys removed, oldest first
   */
  List<String> prune(Instant retiredAtOrBefore);

  /** The ids of the keys held, the current one first, then older ones, newest first. */
  List<String> keyIds();
}
