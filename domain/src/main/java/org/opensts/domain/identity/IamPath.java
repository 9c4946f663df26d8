package org.opensts.domain.identity;

import java.util.regex.Pattern;

/** An IAM path: {@code /} or {@code /division/team/}, at most 512 characters. */
public record IamPath(String value) {

  public static final Pattern PATTERN =
      Pattern.compile("(\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)");
  public static final IamPath ROOT = new IamPath("/");

  public IamPath {
    if (value == null || value.length() > 512 || !PATTERN.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "A path begins and ends with '/' and has at most 512 printable ASCII characters: "
              + value);
    }
  }

  public static IamPath of(String value) {
    return value == null ? ROOT : new IamPath(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
