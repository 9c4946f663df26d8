package org.opensts.domain.credential;

import java.util.Objects;

/** The opaque session token handed out with temporary credentials. */
public record SessionToken(String value) {

  public SessionToken {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return "SessionToken[****]";
  }
}
