package org.opensts.domain.identity;

import java.util.Base64;
import java.util.Objects;
import java.util.random.RandomGenerator;

/** The secret half of an access key: 40 characters, never logged. */
public record SecretAccessKey(String value) {

  public SecretAccessKey {
    Objects.requireNonNull(value, "value");
    if (value.isEmpty()) {
      throw new IllegalArgumentException("A secret access key cannot be empty");
    }
  }

  public static SecretAccessKey generate(RandomGenerator random) {
    byte[] bytes = new byte[30];
    random.nextBytes(bytes);
    return new SecretAccessKey(Base64.getEncoder().encodeToString(bytes));
  }

  @Override
  public String toString() {
    return "SecretAccessKey[****]";
  }
}
