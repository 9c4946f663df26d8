package org.opensts.domain.credential;

import java.time.Instant;
import java.util.Objects;
import org.opensts.domain.identity.AccessKeyId;
import org.opensts.domain.identity.SecretAccessKey;

/** What STS returns: an {@code ASIA…} key, its secret, the session token and when they expire. */
public record TemporaryCredentials(
    AccessKeyId accessKeyId,
    SecretAccessKey secretAccessKey,
    SessionToken sessionToken,
    Instant expiration) {

  public TemporaryCredentials {
    Objects.requireNonNull(accessKeyId, "accessKeyId");
    Objects.requireNonNull(secretAccessKey, "secretAccessKey");
    Objects.requireNonNull(sessionToken, "sessionToken");
    Objects.requireNonNull(expiration, "expiration");
  }
}
