package org.opensts.domain.identity;

import java.util.random.RandomGenerator;

/** AWS's unique identifiers use this base-32 alphabet after a four-letter type prefix. */
final class Base32Ids {

  static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

  private Base32Ids() {}

  /**
   * Appends {@code count} random characters, five random bits each, taken twelve at a time from one
   * random long: a draw from a SecureRandom costs about as much as twelve characters' worth.
   */
  static void appendRandom(StringBuilder id, int count, RandomGenerator random) {
    long bits = 0;
    int left = 0;
    for (int i = 0; i < count; i++) {
      if (left < 5) {
        bits = random.nextLong();
        left = Long.SIZE;
      }
      id.append(ALPHABET.charAt((int) (bits & 31)));
      bits >>>= 5;
      left -= 5;
    }
  }

  static boolean isBase32(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      if (ALPHABET.indexOf(text.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }
}
