package org.opensts.domain.identity;

import java.time.Instant;
import java.util.Objects;

/** A long-term access key of the account root or of an IAM user. */
public record AccessKey(
    AccessKeyId id,
    SecretAccessKey secret,
    Principal owner,
    AccessKeyStatus status,
    Instant createDate) {

  public AccessKey {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(secret, "secret");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(createDate, "createDate");
    if (owner instanceof AssumedRolePrincipal) {
      throw new IllegalArgumentException("Only the account root and IAM users own access keys");
    }
    if (id.isTemporary()) {
      throw new IllegalArgumentException("A long-term access key id starts with AKIA: " + id);
    }
  }

  public boolean isActive() {
    return status == AccessKeyStatus.ACTIVE;
  }
}
