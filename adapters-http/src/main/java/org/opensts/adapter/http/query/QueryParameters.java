package org.opensts.adapter.http.query;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opensts.domain.error.InvalidRequestException;
import org.opensts.domain.identity.Tag;

/**
 * The parameters of an AWS Query request: those of the query string and, for form posts, those of
 * the body. The first occurrence of a name wins.
 */
public final class QueryParameters {

  private static final String FORM = "application/x-www-form-urlencoded";

  private final Map<String, String> values;

  private QueryParameters(Map<String, String> values) {
    this.values = values;
  }

  /** Parses the query string and, when the body is a form, the body too. */
  public static QueryParameters parse(String rawQuery, byte[] body, String contentType) {
    Map<String, String> values = new LinkedHashMap<>();
    if (rawQuery != null) {
      addAll(values, rawQuery.getBytes(StandardCharsets.UTF_8));
    }
    if (isForm(contentType)) {
      addAll(values, body);
    }
    return new QueryParameters(values);
  }

  /** Media type only: SDKs differ on whether they add {@code ; charset=utf-8}. */
  static boolean isForm(String contentType) {
    if (contentType == null) {
      return false;
    }
    int start = skipSpace(contentType, 0, contentType.length());
    int end = contentType.indexOf(';', start);
    end = end < 0 ? contentType.length() : end;
    while (end > start && contentType.charAt(end - 1) <= ' ') {
      end--;
    }
    return end - start == FORM.length()
        && contentType.regionMatches(true, start, FORM, 0, end - start);
  }

  private static int skipSpace(String text, int from, int to) {
    while (from < to && text.charAt(from) <= ' ') {
      from++;
    }
    return from;
  }

  /** Every parameter by name, in the order received; for the audit trail. */
  public Map<String, String> asMap() {
    return Collections.unmodifiableMap(values);
  }

  public Optional<String> get(String name) {
    return Optional.ofNullable(values.get(name));
  }

  public String getOrNull(String name) {
    return values.get(name);
  }

  /**
   * An integer member. AWS's Query parser rejects a value that is not a number before any model
   * constraint is checked.
   */
  public Integer integer(String name) {
    String value = values.get(name);
    if (value == null) {
      return null;
    }
    try {
      return Integer.valueOf(value.trim());
    } catch (NumberFormatException e) {
      throw InvalidRequestException.invalidParameterValue(
          "Value (" + value + ") for parameter " + name + " is invalid. Expected: 'integer'.");
    }
  }

  /**
   * A list member ({@code Name.member.1}, {@code Name.member.2}, …) up to the first missing index;
   * empty when absent or sent as {@code Name=}, which is how SDKs send an empty list.
   */
  public List<String> members(String name) {
    List<String> members = new ArrayList<>();
    for (int i = 1; values.containsKey(name + ".member." + i); i++) {
      members.add(values.get(name + ".member." + i));
    }
    return members;
  }

  /**
   * One field of a list of structures ({@code Name.member.N.field}), such as {@code
   * PolicyArns.member.1.arn}.
   */
  public List<String> memberFields(String name, String field) {
    List<String> fields = new ArrayList<>();
    for (int i = 1; values.containsKey(name + ".member." + i + "." + field); i++) {
      fields.add(values.get(name + ".member." + i + "." + field));
    }
    return fields;
  }

  /** A list of tags: {@code Name.member.N.Key} and {@code Name.member.N.Value}. */
  public List<Tag> tags(String name) {
    List<Tag> tags = new ArrayList<>();
    for (int i = 1; values.containsKey(name + ".member." + i + ".Key"); i++) {
      tags.add(
          new Tag(
              values.get(name + ".member." + i + ".Key"),
              values.get(name + ".member." + i + ".Value")));
    }
    return tags;
  }

  /**
   * One pass over the bytes of {@code name=value&…}: no split into pairs, and text that needs no
   * decoding becomes a string in one copy.
   */
  private static void addAll(Map<String, String> values, byte[] encoded) {
    int length = encoded.length;
    for (int start = 0; start < length; ) {
      int end = indexOf(encoded, '&', start, length);
      if (end > start) {
        int equals = indexOf(encoded, '=', start, end);
        String name = decode(encoded, start, equals);
        String value = equals < end ? decode(encoded, equals + 1, end) : "";
        values.putIfAbsent(name, value);
      }
      start = end + 1;
    }
  }

  /** Where {@code ascii} first is in {@code bytes[from, to)}; {@code to} when it is not. */
  private static int indexOf(byte[] bytes, char ascii, int from, int to) {
    int at = from;
    while (at < to && bytes[at] != ascii) {
      at++;
    }
    return at;
  }

  /**
   * {@code application/x-www-form-urlencoded} decoding of {@code encoded[from, to)}: {@code +} is a
   * space, {@code %XX} a byte, and the bytes are UTF-8.
   */
  private static String decode(byte[] encoded, int from, int to) {
    int at = from;
    while (at < to && encoded[at] != '%' && encoded[at] != '+') {
      at++;
    }
    if (at == to) {
      // Nothing encoded: most names and many values.
      return new String(encoded, from, to - from, StandardCharsets.UTF_8);
    }
    byte[] decoded = new byte[to - from];
    int size = at - from;
    System.arraycopy(encoded, from, decoded, 0, size);
    while (at < to) {
      byte b = encoded[at];
      if (b == '+') {
        decoded[size++] = ' ';
        at++;
      } else if (b == '%') {
        int high = at + 2 < to ? hexDigit(encoded[at + 1]) : -1;
        int low = high < 0 ? -1 : hexDigit(encoded[at + 2]);
        if (low < 0) {
          throw InvalidRequestException.invalidParameterValue(
              "The query string contains a malformed percent-encoding: "
                  + new String(encoded, from, to - from, StandardCharsets.UTF_8));
        }
        decoded[size++] = (byte) (high << 4 | low);
        at += 3;
      } else {
        decoded[size++] = b;
        at++;
      }
    }
    return new String(decoded, 0, size, StandardCharsets.UTF_8);
  }

  private static int hexDigit(byte b) {
    if (b >= '0' && b <= '9') {
      return b - '0';
    }
    int lower = b | 0x20;
    return lower >= 'a' && lower <= 'f' ? lower - 'a' + 10 : -1;
  }
}
