package org.opensts.application.port.in.iam;

import java.util.Objects;
import org.opensts.domain.identity.AccessKey;

/** The new key, with its secret: the only time the secret is ever shown. */
public record CreateAccessKeyResult(AccessKey key) {

  public CreateAccessKeyResult {
    Objects.requireNonNull(key, "key");
  }
}
