package org.opensts.domain.credential;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
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
}
