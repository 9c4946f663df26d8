package org.opensts.domain.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One key of a condition block: {@code "<qualifier><Operator><IfExists>": {"<key>": [values]}}.
 * Several values of one key are alternatives (OR; for negated operators, none may match). A value
 * object like a record, but a class so that it keeps what it compiles once: the key in the form
 * requests are looked up by, and its values read as the operator's type.
 *
 * <p>AWS's rules ("IAM JSON policy elements: Condition operators", "Creating a condition with
 * multiple keys or values", "Policy variables with no value"):
 *
 * <ul>
 *   <li>A key the request lacks: the condition is false, true for negated operators, true with
 *       {@code IfExists}; with {@code ForAllValues} true, with {@code ForAnyValue} false. An empty
 *       set of values counts as lacking the key.
 *   <li>{@code Null} tests only presence: {@code "true"} holds when the key is absent, {@code
 *       "false"} when it is present.
 *   <li>{@code ForAnyValue}: some request value matches some policy value; {@code ForAllValues}:
 *       every request value matches some policy value. With a negated operator a request value
 *       "matches" when it equals none of the policy values.
 *   <li>Without a qualifier, a key with several values in the request (AWS asks for a qualifier
 *       there, and documents no behaviour) is read as {@code ForAnyValue}, and a negated operator
 *       as the complement of its positive form: {@code StringNotEquals} holds when no request value
 *       equals any policy value.
 *   <li>A policy value whose variable cannot be resolved matches nothing, so that the negated
 *       operators hold against it.
 * </ul>
 */
public final class Condition {

  private final ConditionOperator operator;
  private final SetQualifier qualifier;
  private final boolean ifExists;
  private final String key;
  private final List<PolicyPattern> values;

  private final String lookupKey;
  private final PolicyPattern[] patterns;
  private final ValueType valueType;
  private final Object[] typedValues;
  private final boolean nullWhenAbsent;
  private final boolean nullWhenPresent;

  /**
   * @param key the condition key as written; it is looked up case-insensitively
   */
  public Condition(
      ConditionOperator operator,
      SetQualifier qualifier,
      boolean ifExists,
      String key,
      List<PolicyPattern> values) {
    this.operator = Objects.requireNonNull(operator, "operator");
    this.qualifier = Objects.requireNonNull(qualifier, "qualifier");
    this.ifExists = ifExists;
    this.key = Objects.requireNonNull(key, "key");
    this.values = List.copyOf(values);
    this.lookupKey = ConditionKeys.normalize(key);
    this.patterns = this.values.toArray(new PolicyPattern[0]);
    this.valueType = operator.valueType();
    this.typedValues = valueType == null ? new Object[0] : read(valueType, this.values);
    this.nullWhenAbsent = anyValueIs("true");
    this.nullWhenPresent = anyValueIs("false");
  }

  /** The values read as the operator's type; a value that does not read can never match. */
  private static Object[] read(ValueType type, List<PolicyPattern> values) {
    List<Object> read = new ArrayList<>(values.size());
    for (PolicyPattern value : values) {
      Object typed = type.readPolicyValue(value.source());
      if (typed != null) {
        read.add(typed);
      }
    }
    return read.toArray();
  }

  private boolean anyValueIs(String bool) {
    for (PolicyPattern value : values) {
      if (value.source().trim().equalsIgnoreCase(bool)) {
        return true;
      }
    }
    return false;
  }

  public ConditionOperator operator() {
    return operator;
  }

  public SetQualifier qualifier() {
    return qualifier;
  }

  public boolean ifExists() {
    return ifExists;
  }

  /** The condition key as written. */
  public String key() {
    return key;
  }

  public List<PolicyPattern> values() {
    return values;
  }

  /** The operator as a policy writes it, such as {@code ForAnyValue:StringLikeIfExists}. */
  public String operatorName() {
    return qualifier.prefix() + operator.awsName() + (ifExists ? "IfExists" : "");
  }

  /**
   * Whether the request satisfies this condition, by AWS's rules for missing and multi-valued keys.
   */
  boolean isSatisfiedBy(ConditionKeys keys) {
    ConditionKeys.Entry entry = keys.entry(lookupKey);
    boolean absent = entry == null || entry.isEmpty();
    if (operator == ConditionOperator.NULL) {
      return absent ? nullWhenAbsent : nullWhenPresent;
    }
    if (absent) {
      if (ifExists) {
        return true;
      }
      return switch (qualifier) {
        case FOR_ALL_VALUES -> true;
        case FOR_ANY_VALUE -> false;
        case NONE -> operator.negated();
      };
    }
    boolean negated = operator.negated();
    return switch (qualifier) {
      case NONE -> negated ? !anyMatches(entry, keys) : anyMatches(entry, keys);
      case FOR_ANY_VALUE -> negated ? !allMatch(entry, keys) : anyMatches(entry, keys);
      case FOR_ALL_VALUES -> negated ? !anyMatches(entry, keys) : allMatch(entry, keys);
    };
  }

  private boolean anyMatches(ConditionKeys.Entry entry, ConditionKeys keys) {
    for (int i = 0; i < entry.size(); i++) {
      if (matchesAPolicyValue(entry, i, keys)) {
        return true;
      }
    }
    return false;
  }

  private boolean allMatch(ConditionKeys.Entry entry, ConditionKeys keys) {
    for (int i = 0; i < entry.size(); i++) {
      if (!matchesAPolicyValue(entry, i, keys)) {
        return false;
      }
    }
    return true;
  }

  /** The base (non-negated) comparison of one request value with the policy values: OR. */
  private boolean matchesAPolicyValue(ConditionKeys.Entry entry, int index, ConditionKeys keys) {
    if (valueType != null) {
      Object request = entry.read(valueType, index);
      if (request == null) {
        return false;
      }
      for (Object policy : typedValues) {
        if (operator.compareTyped(request, policy)) {
          return true;
        }
      }
      return false;
    }
    String request = entry.get(index);
    for (PolicyPattern policy : patterns) {
      if (operator.compareText(request, policy, keys)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Condition that
        && operator == that.operator
        && qualifier == that.qualifier
        && ifExists == that.ifExists
        && key.equals(that.key)
        && values.equals(that.values);
  }

  @Override
  public int hashCode() {
    return Objects.hash(operator, qualifier, ifExists, key, values);
  }

  @Override
  public String toString() {
    return operatorName() + "{" + key + "=" + values + "}";
  }
}
