package org.opensts.domain.identity;

import org.opensts.domain.error.ModelPattern;
import org.opensts.domain.error.ParameterValidation;

/** The name a caller gives a role session: 2–64 characters of {@code [\w+=,.@-]}. */
public record RoleSessionName(String value) {

  public static final ModelPattern PATTERN = ModelPattern.of("[\\w+=,.@-]*");

  public RoleSessionName {
    ParameterValidation.start()
        .required("roleSessionName", value)
        .text("roleSessionName", value, 2, 64, PATTERN)
        .throwIfInvalid();
  }

  public static RoleSessionName of(String value) {
    return new RoleSessionName(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
