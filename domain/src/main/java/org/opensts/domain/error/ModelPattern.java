package org.opensts.domain.error;

import java.util.regex.Pattern;

/**
 * A member pattern as AWS's API model writes it (and as its error messages quote it), compiled for
 * Java. The model writes supplementary code points as {@code \u10000}, which Java spells {@code
 * \x{10000}}.
 *
 * <p>Most of the model's patterns are one character class repeated ({@code [\w+=,.@-]*}); for those
 * a value of Latin-1 characters is checked against a table of the class, made from the regex
 * itself, and only other values go to the regex engine.
 */
public final class ModelPattern {

  private static final Pattern REPEATED_CLASS = Pattern.compile("\\[[^\\[\\]]*\\][*+]");
  private static final int LATIN_1 = 256;

  private final String text;
  private final Pattern regex;

  /** Which Latin-1 characters the repeated class holds; null for other patterns. */
  private final boolean[] inClass;

  private final boolean oneOrMore;

  private ModelPattern(String text, Pattern regex) {
    this.text = text;
    this.regex = regex;
    this.oneOrMore = text.endsWith("+");
    this.inClass = REPEATED_CLASS.matcher(text).matches() ? classTable(regex) : null;
  }

  public static ModelPattern of(String text) {
    String java = text.replace("\\u10000", "\\x{10000}").replace("\\u10FFFF", "\\x{10FFFF}");
    return new ModelPattern(text, Pattern.compile(java));
  }

  /** The pattern as the model writes it. */
  public String text() {
    return text;
  }

  public boolean matches(String value) {
    if (inClass != null) {
      int length = value.length();
      int i = 0;
      while (i < length && value.charAt(i) < LATIN_1) {
        if (!inClass[value.charAt(i)]) {
          return false;
        }
        i++;
      }
      if (i == length) {
        return length > 0 || !oneOrMore;
      }
    }
    return regex.matcher(value).matches();
  }

  /** A repeated class matches a one-character string exactly when the character is in the class. */
  private static boolean[] classTable(Pattern regex) {
    boolean[] table = new boolean[LATIN_1];
    for (char c = 0; c < LATIN_1; c++) {
      table[c] = regex.matcher(String.valueOf(c)).matches();
    }
    return table;
  }

  @Override
  public String toString() {
    return text;
  }
}
