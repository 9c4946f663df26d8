package org.opensts.domain.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * AWS's model writes supplementary code points as {@code \u10000}; Java would read that as {@code
 * \u1000} followed by {@code 0}. The pattern must match what the model means and quote what the
 * model says.
 */
class ModelPatternTest {

  /** botocore's {@code arnType} pattern, as AssumeRole's RoleArn uses it. */
  private static final String ARN_TYPE =
      "[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u0085\\u00A0-\\uD7FF\\uE000-\\uFFFD\\u10000-\\u10FFFF]+";

  @Test
  void givenModelText_text_isQuotedUnchanged() {
    assertEquals(ARN_TYPE, ModelPattern.of(ARN_TYPE).text());
  }

  static Stream<Arguments> arnTypeValues() {
    return Stream.of(
        arguments("printable ASCII", "arn:aws:iam::111111111111:role/deployer", true),
        arguments("tab, line feed and carriage return", "a\tb\nc\rd", true),
        arguments("Latin-1 and BMP letters", "caf\u00e9-\u4e2d", true),
        arguments(
            "U+10000, the first supplementary code point",
            new String(Character.toChars(0x10000)),
            true),
        arguments("an emoji (U+1F600)", "role/\uD83D\uDE00", true),
        arguments("U+10FFFF, the last code point", new String(Character.toChars(0x10FFFF)), true),
        arguments("a NUL character", "a\u0000b", false),
        arguments("a vertical tab", "a\u000Bb", false),
        arguments("DEL (U+007F)", "a\u007Fb", false),
        arguments("a surrogate code unit on its own", "a\uD800b", false),
        arguments("U+FFFE, a non-character", "a\uFFFEb", false),
        arguments("the empty string (the pattern needs one or more)", "", false));
  }

  @ParameterizedTest(name = "{0} matches: {2}")
  @MethodSource("arnTypeValues")
  void givenArnTypePattern_matches_followsTheModelsCharacterRanges(
      String description, String value, boolean expected) {
    assertEquals(expected, ModelPattern.of(ARN_TYPE).matches(value));
  }

  @Test
  void givenSupplementaryRangeOnly_matches_doesNotReadItAsU1000AndADigit() {
    ModelPattern supplementary = ModelPattern.of("[\\u10000-\\u10FFFF]+");

    // Read naively, the class would be {U+1000, '0'-U+10FF, 'F'}: it would match "0" and "F".
    assertFalse(supplementary.matches("0"));
    assertFalse(supplementary.matches("F"));
    assertFalse(supplementary.matches("\u1000"));
    assertTrue(supplementary.matches("\uD83D\uDE00"));
  }

  @Test
  void givenSessionNamePattern_matches_wholeValueOnly() {
    ModelPattern sessionName = ModelPattern.of("[\\w+=,.@-]*");

    assertTrue(sessionName.matches("user@example.com"));
    assertTrue(sessionName.matches(""));
    assertFalse(sessionName.matches("ok:not-ok"));
  }

  static Stream<Arguments> modelPatternsAndValues() {
    return Stream.of(
        arguments("[\\w+=,.@-]*", "user@example.com"),
        arguments("[\\w+=,.@-]*", ""),
        arguments("[\\w+=,.@-]*", "caf\u00e9"),
        arguments("[\\w+=,.@-]+", ""),
        arguments("[\\w+=,.@-]+", "a b"),
        arguments("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+", "team \u00e9quipe \u4e2d"),
        arguments("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+", "a\u00a0b"),
        arguments("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+", "a\u00d7b"),
        arguments("[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+", "{\"x\": \u00ff}\n"),
        arguments("[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+", "\u0100"),
        arguments("[\\d]*", "0123"),
        arguments("[\\d]*", "\u0663"),
        arguments("(\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)", "/a/"),
        arguments("(\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)", "/a"));
  }

  @ParameterizedTest(name = "{0} on \"{1}\"")
  @MethodSource("modelPatternsAndValues")
  void givenAnyModelPattern_matches_answersAsTheRegexDoes(String text, String value) {
    assertEquals(
        Pattern.compile(text).matcher(value).matches(), ModelPattern.of(text).matches(value));
  }
}
