package org.opensts.domain.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * IAM unique ids: {@code AIDA…} for users, {@code AROA…} for roles and {@code ANPA…} for managed
 * policies, 21 characters.
 */
class UniqueIdTest {

  @ParameterizedTest
  @EnumSource(UniqueId.class)
  void givenKind_generate_makesValidIdsWithItsPrefix(UniqueId kind) {
    SplittableRandom random = new SplittableRandom(3);
    String prefix =
        switch (kind) {
          case USER -> "AIDA";
          case ROLE -> "AROA";
          case POLICY -> "ANPA";
        };
    for (int i = 0; i < 100; i++) {
      String id = kind.generate(random);

      assertEquals(21, id.length(), id);
      assertTrue(id.startsWith(prefix), id);
      assertTrue(
          id.substring(4).chars().allMatch(c -> "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".indexOf(c) >= 0),
          id);
      assertTrue(kind.isValid(id), id);
    }
  }

  @ParameterizedTest
  @EnumSource(UniqueId.class)
  void givenKind_generateTwice_givesDifferentIds(UniqueId kind) {
    SplittableRandom random = new SplittableRandom(3);

    assertNotEquals(kind.generate(random), kind.generate(random));
  }

  static Stream<Arguments> invalidIds() {
    return Stream.of(
        arguments("no id", UniqueId.USER, null),
        arguments("a role id where a user id is expected", UniqueId.USER, "AROAAAAAAAAAAAAAAAAAA"),
        arguments("a user id where a role id is expected", UniqueId.ROLE, "AIDAAAAAAAAAAAAAAAAAA"),
        arguments("20 characters", UniqueId.USER, "AIDAAAAAAAAAAAAAAAAA"),
        arguments("22 characters", UniqueId.USER, "AIDAAAAAAAAAAAAAAAAAAA"),
        arguments("a digit outside base 32", UniqueId.USER, "AIDA0AAAAAAAAAAAAAAAA"),
        arguments("lower case", UniqueId.ROLE, "AROAaaaaaaaaaaaaaaaaa"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidIds")
  void givenMalformedId_isValid_isFalse(String description, UniqueId kind, String id) {
    assertFalse(kind.isValid(id));
  }
}
