package org.opensts.application.service;

import java.time.Duration;
import org.opensts.domain.identity.AccountRootPrincipal;
import org.opensts.domain.identity.Principal;

/**
 * How long a session asked for with a long-term key lasts (GetSessionToken, GetFederationToken): 12
 * hours unless asked otherwise, and the root's sessions silently capped at one hour, as AWS's
 * "defaults to one hour".
 */
final class LongTermKeySessions {

  private static final Duration USER_DEFAULT = Duration.ofHours(12);
  private static final Duration ROOT_LIMIT = Duration.ofHours(1);

  private LongTermKeySessions() {}

  /**
   * @param requestedSeconds within the operation's range, or null for the default
   */
  static Duration duration(Integer requestedSeconds, Principal caller) {
    Duration requested =
        requestedSeconds == null ? USER_DEFAULT : Duration.ofSeconds(requestedSeconds);
    if (caller instanceof AccountRootPrincipal && requested.compareTo(ROOT_LIMIT) > 0) {
      return ROOT_LIMIT;
    }
    return requested;
  }
}
