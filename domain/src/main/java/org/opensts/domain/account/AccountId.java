package org.opensts.domain.account;

import java.util.Objects;

/** A 12-digit AWS account id. */
public record AccountId(String value) {

  public AccountId {
    Objects.requireNonNull(value, "value");
    if (!isValid(value)) {
      throw new IllegalArgumentException("An account id is 12 digits: " + value);
    }
  }

  public static AccountId of(String value) {
    return new AccountId(value);
  }

  public static boolean isValid(String value) {
    if (value == null || value.length() != 12) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return value;
  }
}
