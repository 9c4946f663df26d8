package org.opensts.domain.iam;

import java.util.regex.Pattern;

/** Rules for IAM user and role names: 1–64 characters of {@code [\w+=,.@-]}. */
final class EntityName {

  static final Pattern PATTERN = Pattern.compile("[\\w+=,.@-]+");

  private EntityName() {}

  static String check(String kind, String name) {
    if (name == null || name.length() > 64 || !PATTERN.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "A " + kind + " name has 1 to 64 characters of [\\w+=,.@-]: " + name);
    }
    return name;
  }
}
