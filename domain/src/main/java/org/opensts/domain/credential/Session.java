package org.opensts.domain.credential;

import java.time.Instant;
import java.util.Objects;
import org.opensts.domain.identity.AccessKeyId;
import org.opensts.domain.identity.AssumedRolePrincipal;
import org.opensts.domain.identity.Principal;
import org.opensts.domain.identity.SecretAccessKey;

/**
 * Everything a temporary credential stands for. It travels sealed inside the session token, so any
 * node holding the key ring can verify a request signed with it without a lookup.
 */
public record Session(
    AccessKeyId accessKeyId,
    SecretAccessKey secretAccessKey,
    Principal principal,
    Instant issuedAt,
    Instant expiresAt,
    SessionContext context) {

  public Session {
    Objects.requireNonNull(accessKeyId, "accessKeyId");
    Objects.requireNonNull(secretAccessKey, "secretAccessKey");
    Objects.requireNonNull(principal, "principal");
    Objects.requireNonNull(issuedAt, "issuedAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
    Objects.requireNonNull(context, "context");
    if (!accessKeyId.isTemporary()) {
      throw new IllegalArgumentException("A session's access key id starts with ASIA");
    }
    if (!expiresAt.isAfter(issuedAt)) {
      throw new IllegalArgumentException("A session expires after it is issued");
    }
  }

  public boolean isExpiredAt(Instant now) {
    return !now.isBefore(expiresAt);
  }

  /** A role session (as opposed to a GetSessionToken session of a user or the root). */
  public boolean isRoleSession() {
    return principal instanceof AssumedRolePrincipal;
  }
}
