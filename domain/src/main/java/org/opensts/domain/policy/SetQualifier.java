package org.opensts.domain.policy;

/** How a condition treats a request key with several values. */
public enum SetQualifier {
  /** No qualifier: the key is expected to hold one value. */
  NONE(""),
  /** {@code ForAllValues:} every request value must match; true when the key is absent or empty. */
  FOR_ALL_VALUES("ForAllValues:"),
  /** {@code ForAnyValue:} at least one request value must match; false when absent or empty. */
  FOR_ANY_VALUE("ForAnyValue:");

  private final String prefix;

  SetQualifier(String prefix) {
    this.prefix = prefix;
  }

  /** The prefix as policies write it, such as {@code ForAllValues:}; empty for none. */
  public String prefix() {
    return prefix;
  }
}
