package org.opensts.domain.policy;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/**
 * How the typed condition operators read a value: a policy value once, when its condition is built,
 * a request value once per request. A value that does not read as the type reads as null and
 * matches nothing.
 */
enum ValueType {
  /** Integers and decimals, compared by value ({@code 1.0} equals {@code 1}). */
  NUMBER {
    @Override
    Object readRequestValue(String text) {
      try {
        return new BigDecimal(text.trim());
      } catch (NumberFormatException e) {
        return null;
      }
    }
  },
  /** ISO 8601 dates and date-times, or seconds since the epoch, as an {@link Instant}. */
  DATE {
    @Override
    Object readRequestValue(String text) {
      return instant(text.trim());
    }
  },
  /** Base64 text, as its bytes. */
  BINARY {
    @Override
    Object readRequestValue(String text) {
      try {
        return Base64.getDecoder().decode(text.trim());
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
  },
  /** An IP address in the request, a CIDR block (or single address) in the policy. */
  IP_ADDRESS {
    @Override
    Object readRequestValue(String text) {
      return IpAddresses.address(text);
    }

    @Override
    Object readPolicyValue(String text) {
      return IpAddresses.CidrBlock.parse(text);
    }
  };

  abstract Object readRequestValue(String text);

  Object readPolicyValue(String text) {
    return readRequestValue(text);
  }

  /**
   * The common forms ({@code 2020-01-01T00:00:00Z}, {@code 2020-01-01}, epoch seconds) are read by
   * hand; other ISO 8601 forms (offsets, fractions, no zone meaning UTC) through java.time.
   */
  static Instant instant(String value) {
    if (value.isEmpty()) {
      return null;
    }
    if (allDigits(value)) {
      try {
        return value.length() > 18 ? null : Instant.ofEpochSecond(Long.parseLong(value));
      } catch (DateTimeException e) {
        return null;
      }
    }
    Instant common = utcDateTime(value);
    if (common != null) {
      return common;
    }
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException notWithOffset) {
      try {
        return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException notWithoutOffset) {
        try {
          return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException notADate) {
          return null;
        }
      }
    }
  }

  /** {@code yyyy-MM-dd} or {@code yyyy-MM-ddTHH:mm:ssZ}; null for any other form. */
  private static Instant utcDateTime(String value) {
    int length = value.length();
    boolean dateOnly = length == 10;
    boolean dateTime = length == 20 && value.charAt(10) == 'T' && value.charAt(19) == 'Z';
    if ((!dateOnly && !dateTime) || value.charAt(4) != '-' || value.charAt(7) != '-') {
      return null;
    }
    int year = digits(value, 0, 4);
    int month = digits(value, 5, 7);
    int day = digits(value, 8, 10);
    if (year < 0 || month < 0 || day < 0) {
      return null;
    }
    int hour = 0;
    int minute = 0;
    int second = 0;
    if (dateTime) {
      if (value.charAt(13) != ':' || value.charAt(16) != ':') {
        return null;
      }
      hour = digits(value, 11, 13);
      minute = digits(value, 14, 16);
      second = digits(value, 17, 19);
      if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
        return null;
      }
    }
    try {
      long days = LocalDate.of(year, month, day).toEpochDay();
      return Instant.ofEpochSecond(days * 86_400 + hour * 3_600L + minute * 60L + second);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The decimal number written in {@code text[from, to)}, or -1 if a character is not a digit. */
  static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static boolean allDigits(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
