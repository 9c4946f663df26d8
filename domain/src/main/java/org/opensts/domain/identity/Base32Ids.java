package org.opensts.domain.identity;

import java.util.random.RandomGenerator;

/** AWS's unique identifiers use this base-32 alphabet after a four-letter type prefix. */
final class Base32Ids {

  static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

  private Base32Ids() {}

  static void appendRandom(StringBuilder id, int count, RandomGenerator random) {
    for (int i = 0; i < count; i++) {
      id.append(ALPHABET.charAt(random.nextInt(32)));
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
