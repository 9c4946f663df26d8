package org.opensts.domain.error;

import java.util.regex.Pattern;

/**
 * A member pattern as AWS's API model writes it (and as its error messages quote it), compiled for
 * Java. The model writes supplementary code points as {@code \u10000}, which Java spells {@code
 * \x{10000}}.
 */
public record ModelPattern(String text, Pattern regex) {

  public static ModelPattern of(String text) {
    String java = text.replace("\\u10000", "\\x{10000}").replace("\\u10FFFF", "\\x{10FFFF}");
    return new ModelPattern(text, Pattern.compile(java));
  }

  public boolean matches(String value) {
    return regex.matcher(value).matches();
  }
}
