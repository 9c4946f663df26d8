package org.opensts.application.port.in.admin;

import java.time.Duration;

/**
 * Use case: make a new sealing key current for session tokens. Older keys stay and still open the
 * tokens they sealed; keys that stopped being current more than {@link #RETENTION} ago, when every
 * token they sealed has expired, are pruned.
 */
public interface RotateSealingKeyUseCase {

  /**
   * The longest session this server issues: GetSessionToken and GetFederationToken allow 129600
   * seconds (36 hours). A key is kept this long after it stopped being current.
   */
  Duration RETENTION = Duration.ofSeconds(129600);

  RotateSealingKeyResult rotate(RotateSealingKeyCommand command);
}
