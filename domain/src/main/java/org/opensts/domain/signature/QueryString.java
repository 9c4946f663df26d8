package org.opensts.domain.signature;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The query string as it arrived, split into its parameters without losing their wire form. */
final class QueryString {

  /**
   * One {@code name=value} pair as sent. A parameter without {@code =} has an empty value.
   *
   * @param rawName the name, still percent-encoded
   * @param rawValue the value, still percent-encoded
   */
  record Parameter(String rawName, String rawValue) {

    String name() {
      return UriEncoding.decodeQueryComponent(rawName);
    }

    String value() {
      return UriEncoding.decodeQueryComponent(rawValue);
    }
  }

  private final List<Parameter> parameters;

  private QueryString(List<Parameter> parameters) {
    this.parameters = parameters;
  }

  /** Splits on {@code &}; empty pieces (as in {@code a=1&&b=2}) carry nothing and are dropped. */
  static QueryString parse(String rawQuery) {
    List<Parameter> parameters = new ArrayList<>();
    if (rawQuery != null) {
      int length = rawQuery.length();
      int start = 0;
      while (start <= length) {
        int end = rawQuery.indexOf('&', start);
        if (end < 0) {
          end = length;
        }
        if (end > start) {
          int equals = rawQuery.indexOf('=', start);
          if (equals < 0 || equals > end) {
            parameters.add(new Parameter(rawQuery.substring(start, end), ""));
          } else {
            parameters.add(
                new Parameter(
                    rawQuery.substring(start, equals), rawQuery.substring(equals + 1, end)));
          }
        }
        start = end + 1;
      }
    }
    return new QueryString(parameters);
  }

  List<Parameter> parameters() {
    return parameters;
  }

  /** The decoded value of the first parameter with this exact (decoded) name. */
  Optional<String> first(String name) {
    for (Parameter parameter : parameters) {
      if (parameter.name().equals(name)) {
        return Optional.of(parameter.value());
      }
    }
    return Optional.empty();
  }

  boolean has(String name) {
    return first(name).isPresent();
  }
}
