package org.opensts.domain.identity;

import java.util.random.RandomGenerator;

/**
 * IAM unique ids: {@code AIDA…} for users, {@code AROA…} for roles, {@code ANPA…} for managed
 * policies, 21 characters.
 */
public enum UniqueId {
  USER("AIDA"),
  ROLE("AROA"),
  POLICY("ANPA");

  private final String prefix;

  UniqueId(String prefix) {
    this.prefix = prefix;
  }

  public String generate(RandomGenerator random) {
    StringBuilder id = new StringBuilder(prefix);
    Base32Ids.appendRandom(id, 17, random);
    return id.toString();
  }

  public boolean isValid(String id) {
    return id != null && id.length() == 21 && id.startsWith(prefix) && Base32Ids.isBase32(id, 4);
  }
}
