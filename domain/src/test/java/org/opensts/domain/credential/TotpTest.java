package org.opensts.domain.credential;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TotpTest {

  /** RFC 6238 Appendix B's SHA-1 seed, the ASCII of "12345678901234567890". */
  private static final byte[] RFC_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

  /** RFC 6238 Appendix B, SHA-1 rows; the RFC prints 8 digits, of which TOTP-6 keeps the last 6. */
  static Stream<Arguments> rfc6238Vectors() {
    return Stream.of(
        Arguments.of(59L, "94287082"),
        Arguments.of(1111111109L, "07081804"),
        Arguments.of(1111111111L, "14050471"),
        Arguments.of(1234567890L, "89005924"),
        Arguments.of(2000000000L, "69279037"),
        Arguments.of(20000000000L, "65353130"));
  }

  @ParameterizedTest(name = "at {0}s the code ends in the RFC's {1}")
  @MethodSource("rfc6238Vectors")
  void givenRfcSeed_code_matchesTheRfc6238Vector(long epochSeconds, String rfcCode) {
    long step = Totp.stepAt(Instant.ofEpochSecond(epochSeconds));

    assertEquals(rfcCode.substring(2), Totp.code(RFC_SEED, step));
  }

  @Test
  void givenCodesOfConsecutiveStepsNearNow_areConsecutive_acceptsThem() {
    Instant now = Instant.ofEpochSecond(1_234_567_890L);
    long step = Totp.stepAt(now);

    for (long first = step - 1; first <= step + 1; first++) {
      assertTrue(
          Totp.areConsecutive(
              RFC_SEED, now, Totp.code(RFC_SEED, first), Totp.code(RFC_SEED, first + 1)),
          "first code at step offset " + (first - step));
    }
  }

  @Test
  void givenCodesOutOfOrderRepeatedOrStale_areConsecutive_refusesThem() {
    Instant now = Instant.ofEpochSecond(1_234_567_890L);
    long step = Totp.stepAt(now);
    String current = Totp.code(RFC_SEED, step);
    String next = Totp.code(RFC_SEED, step + 1);

    assertFalse(Totp.areConsecutive(RFC_SEED, now, next, current), "reversed");
    assertFalse(Totp.areConsecutive(RFC_SEED, now, current, current), "repeated");
    assertFalse(
        Totp.areConsecutive(
            RFC_SEED, now, Totp.code(RFC_SEED, step - 3), Totp.code(RFC_SEED, step - 2)),
        "90 seconds old");
  }

  @Test
  void givenRfc4648Vectors_base32_encodesAndDecodesThem() {
    assertEquals("MZXW6YTBOI", Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII)));
    assertEquals("MY", Base32.encode("f".getBytes(StandardCharsets.US_ASCII)));
    assertArrayEquals(
        "foobar".getBytes(StandardCharsets.US_ASCII), Base32.decode("MZXW6YTBOI======"));
    assertArrayEquals(RFC_SEED, Base32.decode(Base32.encode(RFC_SEED)));
  }

  static Stream<Arguments> stepOffsets() {
    return Stream.of(
        Arguments.of("the previous step", -1L, true),
        Arguments.of("the current step", 0L, true),
        Arguments.of("the next step", 1L, true),
        Arguments.of("two steps ago", -2L, false),
        Arguments.of("two steps ahead", 2L, false));
  }

  @ParameterizedTest(name = "a code of {0} is accepted: {2}")
  @MethodSource("stepOffsets")
  void givenCodeOfAStepNearNow_matchingStep_returnsThatStepWithinOneEitherWay(
      String description, long offset, boolean accepted) {
    Instant now = Instant.ofEpochSecond(1_234_567_890L);
    long step = Totp.stepAt(now);

    OptionalLong match = Totp.matchingStep(RFC_SEED, now, Totp.code(RFC_SEED, step + offset));

    assertEquals(accepted ? OptionalLong.of(step + offset) : OptionalLong.empty(), match);
  }

  @Test
  void givenMalformedCodes_matchingStep_findsNoStep() {
    Instant now = Instant.ofEpochSecond(1_234_567_890L);
    String current = Totp.code(RFC_SEED, Totp.stepAt(now));

    assertAll(
        () -> assertEquals(OptionalLong.empty(), Totp.matchingStep(RFC_SEED, now, "")),
        () ->
            assertEquals(
                OptionalLong.empty(), Totp.matchingStep(RFC_SEED, now, current.substring(1))),
        () -> assertEquals(OptionalLong.empty(), Totp.matchingStep(RFC_SEED, now, current + "0")),
        () -> assertEquals(OptionalLong.empty(), Totp.matchingStep(RFC_SEED, now, "abcdef")));
  }

  @Test
  void givenConsecutiveCodes_stepOfConsecutive_returnsTheSecondCodesStep() {
    Instant now = Instant.ofEpochSecond(1_234_567_890L);
    long step = Totp.stepAt(now);

    assertEquals(
        OptionalLong.of(step),
        Totp.stepOfConsecutive(
            RFC_SEED, now, Totp.code(RFC_SEED, step - 1), Totp.code(RFC_SEED, step)));
  }
}
