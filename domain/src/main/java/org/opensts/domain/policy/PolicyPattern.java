package org.opensts.domain.policy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A string of a policy (a resource, a condition value) compiled once: its wildcards, and, in
 * policies of version 2012-10-17, its policy variables such as {@code ${aws:username}}, {@code
 * ${aws:PrincipalTag/team, 'none'}} and the escapes {@code ${*}}, {@code ${?}}, {@code ${$}}.
 *
 * <p>A variable's value, and what an escape stands for, always match literally. A variable whose
 * key the request lacks (and that has no default), or whose key has several values, leaves the
 * string unresolved: it equals and matches nothing, so a negated operator such as {@code
 * StringNotEquals} holds against it ("Policy variables with no value", IAM User Guide).
 */
public final class PolicyPattern {

  private final String source;
  private final boolean variablesEnabled;
  private final List<Segment> segments;

  /** For a pattern without variables, its shape, so that matching can take a shortcut. */
  private final Shape shape;

  private enum Shape {
    /** No wildcard: the text must equal it. */
    EXACT,
    /** Only a trailing star: the text must start with the rest. */
    PREFIX,
    /** Just {@code *}. */
    ANYTHING,
    /** Anything else: the general wildcard match. */
    GENERAL
  }

  private PolicyPattern(String source, boolean variablesEnabled, List<Segment> segments) {
    // Interned once at compile time, so that equal patterns of different statements compare by
    // reference when a decision looks for conditions it has already evaluated.
    this.source = source;
    this.variablesEnabled = variablesEnabled;
    this.segments = segments;
    this.shape = shape(source);
  }

  private static Shape shape(String source) {
    int star = source.indexOf('*');
    if (source.indexOf('?') >= 0 || (star >= 0 && star < source.length() - 1)) {
      return Shape.GENERAL;
    }
    if (star < 0) {
      return Shape.EXACT;
    }
    return source.length() == 1 ? Shape.ANYTHING : Shape.PREFIX;
  }

  /**
   * @param variablesEnabled whether {@code ${…}} is a variable; AWS reads it literally in policies
   *     of version 2008-10-17
   */
  public static PolicyPattern compile(String source, boolean variablesEnabled) {
    Objects.requireNonNull(source, "source");
    if (!variablesEnabled || !source.contains("${")) {
      return new PolicyPattern(source, variablesEnabled, List.of());
    }
    return new PolicyPattern(source, true, parse(source));
  }

  /** A pattern without variables, as identity policies of the 2008 grammar and fixtures write. */
  public static PolicyPattern literal(String source) {
    return compile(source, false);
  }

  public String source() {
    return source;
  }

  public boolean hasVariables() {
    return !segments.isEmpty();
  }

  /** Wildcard match of the text against this pattern with its variables resolved from the keys. */
  boolean matches(String text, ConditionKeys keys, boolean ignoreCase) {
    if (segments.isEmpty()) {
      return switch (shape) {
        case EXACT -> ignoreCase ? source.equalsIgnoreCase(text) : source.equals(text);
        case PREFIX -> Wildcard.startsWith(text, source, source.length() - 1, ignoreCase);
        case ANYTHING -> true;
        case GENERAL ->
            Wildcard.matches(source, null, 0, source.length(), text, 0, text.length(), ignoreCase);
      };
    }
    Resolved resolved = resolve(keys);
    return resolved != null && Wildcard.matches(resolved.text, resolved.literal, text, ignoreCase);
  }

  /**
   * Whether the text equals this string with its variables resolved, wildcards being plain
   * characters (the {@code StringEquals} family); compares in place, without building the string.
   */
  boolean equalsText(String text, ConditionKeys keys, boolean ignoreCase) {
    if (segments.isEmpty()) {
      return ignoreCase ? source.equalsIgnoreCase(text) : source.equals(text);
    }
    int at = 0;
    for (int i = 0; i < segments.size(); i++) {
      String value = segments.get(i).resolve(keys);
      if (value == null || !text.regionMatches(ignoreCase, at, value, 0, value.length())) {
        return false;
      }
      at += value.length();
    }
    return at == text.length();
  }

  /**
   * ARN matching as the {@code Arn*} operators do it: each of the six colon-separated components is
   * matched on its own, so a wildcard never spans a colon between components (the sixth, the
   * resource, takes the rest). A pattern or text with fewer than six components matches nothing.
   */
  boolean matchesArn(String arn, ConditionKeys keys) {
    CharSequence pattern = source;
    boolean[] literal = null;
    if (!segments.isEmpty()) {
      Resolved resolved = resolve(keys);
      if (resolved == null) {
        return false;
      }
      pattern = resolved.text;
      literal = resolved.literal;
    }
    int p = 0;
    int t = 0;
    for (int component = 0; component < 5; component++) {
      int patternEnd = indexOfColon(pattern, p);
      int textEnd = arn.indexOf(':', t);
      if (patternEnd < 0
          || textEnd < 0
          || !Wildcard.matches(pattern, literal, p, patternEnd, arn, t, textEnd, false)) {
        return false;
      }
      p = patternEnd + 1;
      t = textEnd + 1;
    }
    return Wildcard.matches(pattern, literal, p, pattern.length(), arn, t, arn.length(), false);
  }

  private static int indexOfColon(CharSequence text, int from) {
    for (int i = from; i < text.length(); i++) {
      if (text.charAt(i) == ':') {
        return i;
      }
    }
    return -1;
  }

  /**
   * The string with its variables resolved, wildcards as plain characters; null if unresolvable.
   */
  String resolveText(ConditionKeys keys) {
    if (segments.isEmpty()) {
      return source;
    }
    Resolved resolved = resolve(keys);
    return resolved == null ? null : resolved.text.toString();
  }

  private Resolved resolve(ConditionKeys keys) {
    Resolved resolved = new Resolved(source.length() + 16);
    for (int i = 0; i < segments.size(); i++) {
      Segment segment = segments.get(i);
      String value = segment.resolve(keys);
      if (value == null) {
        return null;
      }
      resolved.append(value, segment.literal());
    }
    return resolved;
  }

  private static List<Segment> parse(String source) {
    List<Segment> segments = new ArrayList<>();
    boolean variable = false;
    int from = 0;
    while (from < source.length()) {
      int start = source.indexOf("${", from);
      int end = start < 0 ? -1 : source.indexOf('}', start + 2);
      if (start < 0 || end < 0) {
        segments.add(new Text(source.substring(from)));
        break;
      }
      if (start > from) {
        segments.add(new Text(source.substring(from, start)));
      }
      segments.add(variable(source.substring(start + 2, end)));
      variable = true;
      from = end + 1;
    }
    // "${" without a closing brace is plain text: nothing to resolve per request.
    return variable ? List.copyOf(segments) : List.of();
  }

  private static Segment variable(String body) {
    String trimmed = body.trim();
    if (trimmed.equals("*") || trimmed.equals("?") || trimmed.equals("$")) {
      return new Escape(trimmed);
    }
    int comma = trimmed.indexOf(',');
    if (comma < 0) {
      return new Variable(ConditionKeys.normalize(trimmed), null);
    }
    String key = trimmed.substring(0, comma).trim();
    String fallback = trimmed.substring(comma + 1).trim();
    if (fallback.length() >= 2 && fallback.startsWith("'") && fallback.endsWith("'")) {
      fallback = fallback.substring(1, fallback.length() - 1);
    }
    return new Variable(ConditionKeys.normalize(key), fallback);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PolicyPattern that
        && source.equals(that.source)
        && variablesEnabled == that.variablesEnabled;
  }

  @Override
  public int hashCode() {
    return source.hashCode() * 31 + Boolean.hashCode(variablesEnabled);
  }

  @Override
  public String toString() {
    return source;
  }

  /** A resolved string and, per character, whether it must match literally. */
  private static final class Resolved {
    private final StringBuilder text;
    private boolean[] literal;

    Resolved(int capacity) {
      text = new StringBuilder(capacity);
      literal = new boolean[capacity];
    }

    void append(String value, boolean literalValue) {
      int start = text.length();
      int end = start + value.length();
      if (end > literal.length) {
        literal = Arrays.copyOf(literal, Math.max(end, literal.length * 2));
      }
      text.append(value);
      if (literalValue) {
        Arrays.fill(literal, start, end, true);
      }
    }
  }

  private sealed interface Segment permits Text, Variable, Escape {
    /** The text this segment stands for in a request, or null when it cannot be resolved. */
    String resolve(ConditionKeys keys);

    /** Whether its characters match only themselves. */
    boolean literal();
  }

  private record Text(String text) implements Segment {
    @Override
    public String resolve(ConditionKeys keys) {
      return text;
    }

    @Override
    public boolean literal() {
      return false;
    }
  }

  private record Escape(String character) implements Segment {
    @Override
    public String resolve(ConditionKeys keys) {
      return character;
    }

    @Override
    public boolean literal() {
      return true;
    }
  }

  /** A request value; a key with several values cannot stand for one string. */
  private record Variable(String key, String fallback) implements Segment {
    @Override
    public String resolve(ConditionKeys keys) {
      String value = keys.singleValue(key);
      return value != null ? value : fallback;
    }

    @Override
    public boolean literal() {
      return true;
    }
  }
}
