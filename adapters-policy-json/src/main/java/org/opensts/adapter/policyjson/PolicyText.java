package org.opensts.adapter.policyjson;

/** The limits IAM sets on a policy document's raw text, checked before any parsing. */
final class PolicyText {

  /** The largest policy document accepted, in characters (IAM's upper bound on policy size). */
  static final int MAX_CHARACTERS = 131_072;

  private PolicyText() {}

  static void check(String text) {
    if (text.length() > MAX_CHARACTERS) {
      throw PolicyErrors.tooLarge(MAX_CHARACTERS);
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!isAllowed(c)) {
        throw PolicyErrors.invalidCharacter(text.codePointAt(i), i);
      }
    }
  }

  /** IAM allows U+0009, U+000A, U+000D and U+0020 to U+00FF in policy documents. */
  static boolean isAllowed(char c) {
    return c == '\t' || c == '\n' || c == '\r' || (c >= '\u0020' && c <= '\u00FF');
  }
}
