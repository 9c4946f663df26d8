package org.opensts.domain.identity;

import java.util.Objects;

/** A key-value tag on a user, role or session. Keys compare case-insensitively in IAM. */
public record Tag(String key, String value) {

  public Tag {
    Objects.requireNonNull(key, "key");
    value = value == null ? "" : value;
  }
}
