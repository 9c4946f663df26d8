package org.opensts.domain.signature;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The two time formats of SigV4: the ISO 8601 basic date-time {@code yyyyMMdd'T'HHmmss'Z'} of
 * X-Amz-Date and the string to sign, and the date stamp {@code yyyyMMdd} of the credential scope.
 */
final class SigV4Time {

  private static final int BASIC_LENGTH = 16;

  private SigV4Time() {}

  /** {@code 20250101T000000Z}; sub-second parts are dropped. */
  static String basic(Instant instant) {
    LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
    StringBuilder out = new StringBuilder(BASIC_LENGTH);
    appendDate(out, t.toLocalDate());
    out.append('T');
    pad2(out, t.getHour());
    pad2(out, t.getMinute());
    pad2(out, t.getSecond());
    return out.append('Z').toString();
  }

  static String dateStamp(LocalDate date) {
    StringBuilder out = new StringBuilder(8);
    appendDate(out, date);
    return out.toString();
  }

  /** Parses {@code yyyyMMdd'T'HHmmss'Z'} strictly; empty when the text is anything else. */
  static Optional<Instant> parseBasic(String text) {
    if (text.length() != BASIC_LENGTH
        || text.charAt(8) != 'T'
        || text.charAt(15) != 'Z'
        || !allDigits(text, 0, 8)
        || !allDigits(text, 9, 15)) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          LocalDateTime.of(
                  Integer.parseInt(text, 0, 4, 10),
                  Integer.parseInt(text, 4, 6, 10),
                  Integer.parseInt(text, 6, 8, 10),
                  Integer.parseInt(text, 9, 11, 10),
                  Integer.parseInt(text, 11, 13, 10),
                  Integer.parseInt(text, 13, 15, 10))
              .toInstant(ZoneOffset.UTC));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /**
   * The HTTP {@code Date} header: RFC 1123 as HTTP sends it, or the basic form some clients use.
   */
  static Optional<Instant> parseHttpDate(String text) {
    Optional<Instant> basic = parseBasic(text);
    if (basic.isPresent()) {
      return basic;
    }
    try {
      return Optional.of(Instant.from(DateTimeFormatter.RFC_1123_DATE_TIME.parse(text.trim())));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  static boolean allDigits(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static void appendDate(StringBuilder out, LocalDate date) {
    int year = date.getYear();
    if (year < 1000) {
      out.append(year < 10 ? "000" : year < 100 ? "00" : "0");
    }
    out.append(year);
    pad2(out, date.getMonthValue());
    pad2(out, date.getDayOfMonth());
  }

  private static void pad2(StringBuilder out, int value) {
    if (value < 10) {
      out.append('0');
    }
    out.append(value);
  }
}
