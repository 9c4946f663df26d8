package org.opensts.adapter.http.query;

import java.net.URLDecoder;
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

  private final Map<String, String> values;

  private QueryParameters(Map<String, String> values) {
    this.values = values;
  }

  /** Parses the query string and, when the body is a form, the body too. */
  public static QueryParameters parse(String rawQuery, byte[] body, String contentType) {
    Map<String, String> values = new LinkedHashMap<>();
    addAll(values, rawQuery);
    if (isForm(contentType) && body.length > 0) {
      addAll(values, new String(body, StandardCharsets.UTF_8));
    }
    return new QueryParameters(values);
  }

  /** Media type only: SDKs differ on whether they add {@code ; charset=utf-8}. */
  static boolean isForm(String contentType) {
    if (contentType == null) {
      return false;
    }
    int semicolon = contentType.indexOf(';');
    String mediaType = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
    return mediaType.trim().equalsIgnoreCase("application/x-www-form-urlencoded");
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

  private static void addAll(Map<String, String> values, String encoded) {
    if (encoded == null || encoded.isEmpty()) {
      return;
    }
    for (String pair : encoded.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = decode(equals < 0 ? pair : pair.substring(0, equals));
      String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
      values.putIfAbsent(name, value);
    }
  }

  private static String decode(String text) {
    if (text.indexOf('%') < 0 && text.indexOf('+') < 0) {
      // Nothing encoded (most names and many values); URLDecoder would copy it char by char.
      return text;
    }
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw InvalidRequestException.invalidParameterValue(
          "The query string contains a malformed percent-encoding: " + text);
    }
  }
}
