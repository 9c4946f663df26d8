package org.opensts.domain.policy;

/**
 * IAM's wildcard matching: {@code *} matches any run of characters, {@code ?} exactly one. A
 * pattern may mark some characters as literal, so that a {@code *} that came from a policy variable
 * ({@code ${*}} or a variable's value) matches only itself.
 */
final class Wildcard {

  private Wildcard() {}

  /**
   * Matches a whole pattern in which every {@code *} and {@code ?} is a wildcard. The common shapes
   * (no wildcard, one trailing star) take the JDK's vectorized comparisons.
   */
  static boolean matches(String pattern, String text, boolean ignoreCase) {
    if (!pattern.isEmpty() && !text.isEmpty()) {
      // Most patterns that do not match already differ in their first character.
      char first = pattern.charAt(0);
      if (first != '*' && first != '?' && !same(first, text.charAt(0), ignoreCase)) {
        return false;
      }
    }
    int star = pattern.indexOf('*');
    if (pattern.indexOf('?') < 0) {
      if (star < 0) {
        return ignoreCase ? pattern.equalsIgnoreCase(text) : pattern.equals(text);
      }
      if (star == pattern.length() - 1) {
        return startsWith(text, pattern, star, ignoreCase);
      }
    }
    return matches(pattern, null, 0, pattern.length(), text, 0, text.length(), ignoreCase);
  }

  /** Whether the text starts with the first {@code length} characters of the pattern. */
  static boolean startsWith(String text, String pattern, int length, boolean ignoreCase) {
    return text.length() >= length && text.regionMatches(ignoreCase, 0, pattern, 0, length);
  }

  /**
   * @param literal per pattern character, true when it must match itself even if it is {@code *} or
   *     {@code ?}; null when every {@code *} and {@code ?} is a wildcard
   */
  static boolean matches(CharSequence pattern, boolean[] literal, String text, boolean ignoreCase) {
    return matches(pattern, literal, 0, pattern.length(), text, 0, text.length(), ignoreCase);
  }

  /**
   * Matches {@code text[textFrom, textTo)} against {@code pattern[patternFrom, patternTo)}, without
   * copying either: greedy with backtracking to the last star, linear for the common patterns.
   */
  static boolean matches(
      CharSequence pattern,
      boolean[] literal,
      int patternFrom,
      int patternTo,
      String text,
      int textFrom,
      int textTo,
      boolean ignoreCase) {
    int p = patternFrom;
    int t = textFrom;
    int starAt = -1;
    int resumeAt = textFrom;
    while (t < textTo) {
      // A '*' in the pattern is always a wildcard, even where the text has a '*' too.
      if (p < patternTo && isWild(pattern, literal, p, '*')) {
        starAt = p++;
        resumeAt = t;
      } else if (p < patternTo
          && (isWild(pattern, literal, p, '?')
              || same(pattern.charAt(p), text.charAt(t), ignoreCase))) {
        p++;
        t++;
      } else if (starAt >= 0) {
        p = starAt + 1;
        t = ++resumeAt;
      } else {
        return false;
      }
    }
    while (p < patternTo && isWild(pattern, literal, p, '*')) {
      p++;
    }
    return p == patternTo;
  }

  /** Whether the text contains a character that acts as a wildcard. */
  static boolean hasWildcard(String text) {
    return text.indexOf('*') >= 0 || text.indexOf('?') >= 0;
  }

  private static boolean isWild(CharSequence pattern, boolean[] literal, int index, char wildcard) {
    return pattern.charAt(index) == wildcard && (literal == null || !literal[index]);
  }

  private static boolean same(char a, char b, boolean ignoreCase) {
    return a == b || (ignoreCase && sameIgnoringCase(a, b));
  }

  /** As {@link String#equalsIgnoreCase} compares characters, with a shortcut for ASCII. */
  private static boolean sameIgnoringCase(char a, char b) {
    if ((a | b) < 0x80) {
      return lowerAscii(a) == lowerAscii(b);
    }
    return Character.toLowerCase(a) == Character.toLowerCase(b)
        || Character.toUpperCase(a) == Character.toUpperCase(b);
  }

  private static char lowerAscii(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }
}
