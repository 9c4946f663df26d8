package org.opensts.domain.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** IAM paths: {@code /} or {@code /a/b/}, printable ASCII, at most 512 characters. */
class IamPathTest {

  static Stream<Arguments> validPaths() {
    return Stream.of(
        arguments("the root path", "/"),
        arguments("one level", "/team/"),
        arguments("several levels", "/division/team/"),
        arguments("punctuation IAM allows", "/a-b_c.d@e=f+g,h!/"),
        arguments("512 characters", "/" + "a".repeat(510) + "/"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validPaths")
  void givenValidPath_of_keepsIt(String description, String path) {
    assertEquals(path, IamPath.of(path).value());
  }

  static Stream<Arguments> invalidPaths() {
    return Stream.of(
        arguments("the empty string", ""),
        arguments("no leading slash", "team/"),
        arguments("no trailing slash", "/team"),
        arguments("two slashes only", "//"),
        arguments("a space", "/my team/"),
        arguments("a non-ASCII letter", "/\u00e9quipe/"),
        arguments("513 characters", "/" + "a".repeat(511) + "/"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidPaths")
  void givenInvalidPath_constructor_refusesIt(String description, String path) {
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> new IamPath(path));

    assertEquals(
        "A path begins and ends with '/' and has at most 512 printable ASCII characters: " + path,
        error.getMessage());
  }

  @Test
  void givenNoPath_of_isTheRootPath() {
    assertSame(IamPath.ROOT, IamPath.of(null));
    assertEquals("/", IamPath.ROOT.toString());
  }

  @Test
  void givenNull_constructor_refusesIt() {
    assertThrows(IllegalArgumentException.class, () -> new IamPath(null));
  }
}
