package org.opensts.domain.policy;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The condition keys of a request and their values. Key names compare case-insensitively, as AWS
 * documents; a key may carry several values (such as {@code aws:TagKeys}) or none.
 *
 * <p>Immutable. A value read as a number, date, binary or IP address is read once per request and
 * kept, so that many conditions on the same key do not parse it again.
 */
public final class ConditionKeys {

  public static final ConditionKeys NONE = new ConditionKeys(new HashMap<>());

  /**
   * Key names already lower-cased: a request puts the same fifteen or so global keys, and making
   * their lower-case copies was a good part of building its keys. Bounded, as tag keys are the
   * callers' own.
   */
  private static final Map<String, String> LOWER_CASE = new ConcurrentHashMap<>();

  private static final int MAX_LOWER_CASE = 512;

  /** By lower-case key name. */
  private final Map<String, Entry> entries;

  private ConditionKeys(Map<String, Entry> entries) {
    this.entries = entries;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The key's values, or null when the request does not carry the key at all. */
  public List<String> values(String key) {
    Entry entry = entry(normalize(key));
    return entry == null ? null : entry.values;
  }

  /**
   * The names of the keys the request carries, as first written, sorted case-insensitively: what a
   * decoded authorization message lists as the request's context.
   */
  public List<String> names() {
    return entries.values().stream()
        .map(entry -> entry.name)
        .sorted(String.CASE_INSENSITIVE_ORDER)
        .toList();
  }

  /** The key's single value, or null when absent. */
  public String value(String key) {
    List<String> found = values(key);
    return found == null || found.isEmpty() ? null : found.get(0);
  }

  /**
   * The values of a key given in lower case, as conditions and variables keep it; null when absent.
   */
  Entry entry(String lowerCaseKey) {
    return entries.get(lowerCaseKey);
  }

  /** The value of a key with exactly one value, as a policy variable needs; null otherwise. */
  String singleValue(String lowerCaseKey) {
    Entry entry = entry(lowerCaseKey);
    return entry == null || entry.size() != 1 ? null : entry.get(0);
  }

  static String normalize(String key) {
    String known = LOWER_CASE.get(key);
    if (known != null) {
      return known;
    }
    String lowerCase = key.toLowerCase(Locale.ROOT);
    if (LOWER_CASE.size() < MAX_LOWER_CASE) {
      LOWER_CASE.put(key, lowerCase);
    }
    return lowerCase;
  }

  /** A copy with more keys; a key given again replaces the earlier values. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.entries.putAll(entries);
    return builder;
  }

  @Override
  public String toString() {
    Map<String, List<String>> sorted = new TreeMap<>();
    entries.forEach((key, entry) -> sorted.put(key, entry.values));
    return sorted.toString();
  }

  /** One key's values, and their typed reading once a condition has asked for it. */
  static final class Entry {

    private final String name;
    private final List<String> values;
    private Reading reading;

    private Entry(String name, List<String> values) {
      this.name = name;
      this.values = values;
    }

    int size() {
      return values.size();
    }

    String get(int index) {
      return values.get(index);
    }

    boolean isEmpty() {
      return values.isEmpty();
    }

    /** The value at {@code index} read as {@code type}; null when it does not read as one. */
    Object read(ValueType type, int index) {
      // A racing thread may read the values again; the Reading it publishes is immutable.
      Reading current = reading;
      if (current == null || current.type != type) {
        Object[] read = new Object[values.size()];
        for (int i = 0; i < read.length; i++) {
          read[i] = type.readRequestValue(values.get(i));
        }
        current = new Reading(type, read);
        reading = current;
      }
      return current.values[index];
    }

    private record Reading(ValueType type, Object[] values) {}
  }

  /** Collects keys and values; the built instance is immutable. */
  public static final class Builder {

    /** By lower-case key; an entry keeps the name its key was first put with. */
    private Map<String, Entry> entries = new HashMap<>(64);

    /** Whether a built instance holds {@link #entries}: the next key then goes into a copy. */
    private boolean shared;

    private Builder() {}

    public Builder put(String key, String value) {
      Objects.requireNonNull(value, key);
      return putValues(key, List.of(value));
    }

    public Builder put(String key, List<String> multipleValues) {
      return putValues(key, List.copyOf(multipleValues));
    }

    private Builder putValues(String key, List<String> list) {
      if (shared) {
        entries = new HashMap<>(entries);
        shared = false;
      }
      Entry added = new Entry(key, list);
      entries.merge(normalize(key), added, (first, again) -> new Entry(first.name, list));
      return this;
    }

    /** Adds the key only when the value is present, which is how AWS leaves optional keys out. */
    public Builder putIfPresent(String key, String value) {
      return value == null ? this : put(key, value);
    }

    /**
     * The keys so far; the builder may go on, and its later keys do not reach this instance. The
     * entries are shared: each is immutable but for the typed reading of its own values.
     */
    public ConditionKeys build() {
      // Nearly every builder is built once and dropped: its map is handed over, not copied.
      shared = true;
      return new ConditionKeys(entries);
    }
  }
}
