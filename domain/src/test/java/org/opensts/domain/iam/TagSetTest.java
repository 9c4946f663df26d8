package org.opensts.domain.iam;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opensts.domain.error.ErrorCode;
import org.opensts.domain.error.InvalidRequestException;
import org.opensts.domain.identity.Tag;

/** IAM's tag rules as a request gives tags: keys unique in any case, none under {@code aws:}. */
class TagSetTest {

  @Test
  void givenTheSameKeyInAnotherCase_validate_failsWithInvalidInput() {
    InvalidRequestException error =
        assertThrows(
            InvalidRequestException.class,
            () -> TagSet.validate("tags", List.of(new Tag("Team", "a"), new Tag("team", "b"))));

    assertEquals(ErrorCode.INVALID_INPUT, error.code());
    assertEquals(
        "Duplicate tag keys found. Please note that Tag keys are case insensitive.",
        error.getMessage());
  }

  @Test
  void givenDistinctKeys_validate_acceptsThem() {
    assertDoesNotThrow(
        () -> TagSet.validate("tags", List.of(new Tag("team", "a"), new Tag("env", ""))));
  }

  @Test
  void givenKeyInTheAwsNamespace_validate_failsWithInvalidInput() {
    InvalidRequestException error =
        assertThrows(
            InvalidRequestException.class,
            () -> TagSet.validate("tags", List.of(new Tag("AWS:owner", "a"))));

    assertEquals(ErrorCode.INVALID_INPUT, error.code());
  }
}
