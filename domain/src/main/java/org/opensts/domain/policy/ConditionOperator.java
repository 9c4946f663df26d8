package org.opensts.domain.policy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The condition operators of the IAM policy language. Each is a base comparison of one request
 * value with one policy value, possibly negated; {@link Condition} applies qualifiers, IfExists and
 * AWS's rules for missing keys around it.
 *
 * <p>Which operators take policy variables follows "IAM JSON policy elements: Condition operators":
 * the string, Boolean and ARN operators do; numeric, date, binary, IP address and Null do not.
 */
public enum ConditionOperator {
  STRING_EQUALS("StringEquals", false, Comparison.STRING_EQUALS),
  STRING_NOT_EQUALS("StringNotEquals", true, Comparison.STRING_EQUALS),
  STRING_EQUALS_IGNORE_CASE("StringEqualsIgnoreCase", false, Comparison.STRING_EQUALS_IGNORE_CASE),
  STRING_NOT_EQUALS_IGNORE_CASE(
      "StringNotEqualsIgnoreCase", true, Comparison.STRING_EQUALS_IGNORE_CASE),
  STRING_LIKE("StringLike", false, Comparison.STRING_LIKE),
  STRING_NOT_LIKE("StringNotLike", true, Comparison.STRING_LIKE),
  NUMERIC_EQUALS("NumericEquals", false, Comparison.NUMERIC_EQUALS),
  NUMERIC_NOT_EQUALS("NumericNotEquals", true, Comparison.NUMERIC_EQUALS),
  NUMERIC_LESS_THAN("NumericLessThan", false, Comparison.NUMERIC_LESS_THAN),
  NUMERIC_LESS_THAN_EQUALS("NumericLessThanEquals", false, Comparison.NUMERIC_LESS_THAN_EQUALS),
  NUMERIC_GREATER_THAN("NumericGreaterThan", false, Comparison.NUMERIC_GREATER_THAN),
  NUMERIC_GREATER_THAN_EQUALS(
      "NumericGreaterThanEquals", false, Comparison.NUMERIC_GREATER_THAN_EQUALS),
  DATE_EQUALS("DateEquals", false, Comparison.DATE_EQUALS),
  DATE_NOT_EQUALS("DateNotEquals", true, Comparison.DATE_EQUALS),
  DATE_LESS_THAN("DateLessThan", false, Comparison.DATE_LESS_THAN),
  DATE_LESS_THAN_EQUALS("DateLessThanEquals", false, Comparison.DATE_LESS_THAN_EQUALS),
  DATE_GREATER_THAN("DateGreaterThan", false, Comparison.DATE_GREATER_THAN),
  DATE_GREATER_THAN_EQUALS("DateGreaterThanEquals", false, Comparison.DATE_GREATER_THAN_EQUALS),
  BOOL("Bool", false, Comparison.BOOL),
  BINARY_EQUALS("BinaryEquals", false, Comparison.BINARY_EQUALS),
  IP_ADDRESS("IpAddress", false, Comparison.IP_ADDRESS),
  NOT_IP_ADDRESS("NotIpAddress", true, Comparison.IP_ADDRESS),
  /** {@code ArnEquals} and {@code ArnLike} "behave identically", as do their negations. */
  ARN_EQUALS("ArnEquals", false, Comparison.ARN_LIKE),
  ARN_LIKE("ArnLike", false, Comparison.ARN_LIKE),
  ARN_NOT_EQUALS("ArnNotEquals", true, Comparison.ARN_LIKE),
  ARN_NOT_LIKE("ArnNotLike", true, Comparison.ARN_LIKE),
  /** Whether the key is absent: {@code "Null": {"k": "true"}} means k is not in the request. */
  NULL("Null", false, Comparison.NULL);

  private static final Map<String, ConditionOperator> BY_NAME = new HashMap<>();

  static {
    for (ConditionOperator operator : values()) {
      BY_NAME.put(operator.awsName, operator);
    }
  }

  private final String awsName;
  private final boolean negated;
  private final Comparison comparison;

  ConditionOperator(String awsName, boolean negated, Comparison comparison) {
    this.awsName = awsName;
    this.negated = negated;
    this.comparison = comparison;
  }

  /** The operator by its name in a policy (without qualifier or IfExists), matched exactly. */
  public static Optional<ConditionOperator> named(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }

  public String awsName() {
    return awsName;
  }

  /** Negated operators (StringNotEquals, NotIpAddress, …) hold when no value matches. */
  public boolean negated() {
    return negated;
  }

  /**
   * Whether a policy value may use policy variables with this operator (the string, Boolean and ARN
   * operators; not numeric, date, binary, IP address or Null).
   */
  public boolean acceptsVariables() {
    return comparison.acceptsVariables;
  }

  /** The type values are read as before comparing, or null when they compare as text. */
  ValueType valueType() {
    return comparison.valueType;
  }

  /** The base, non-negated comparison of a request value with a policy value, as text. */
  boolean compareText(String request, PolicyPattern policy, ConditionKeys keys) {
    // One switch rather than a method per constant: the call site stays cheap when a decision
    // mixes many operators.
    return switch (comparison) {
      case STRING_EQUALS -> policy.equalsText(request, keys, false);
      case STRING_EQUALS_IGNORE_CASE -> policy.equalsText(request, keys, true);
      case STRING_LIKE -> policy.matches(request, keys, false);
      case ARN_LIKE -> policy.matchesArn(request, keys);
      // "true" or "false", in any case, on both sides.
      case BOOL ->
          (request.equalsIgnoreCase("true") || request.equalsIgnoreCase("false"))
              && policy.equalsText(request, keys, true);
      default -> throw new IllegalStateException(awsName + " does not compare text");
    };
  }

  /** The base, non-negated comparison of values read as {@link #valueType()}; never null. */
  boolean compareTyped(Object request, Object policy) {
    return switch (comparison) {
      case NUMERIC_EQUALS -> number(request, policy) == 0;
      case NUMERIC_LESS_THAN -> number(request, policy) < 0;
      case NUMERIC_LESS_THAN_EQUALS -> number(request, policy) <= 0;
      case NUMERIC_GREATER_THAN -> number(request, policy) > 0;
      case NUMERIC_GREATER_THAN_EQUALS -> number(request, policy) >= 0;
      case DATE_EQUALS -> date(request, policy) == 0;
      case DATE_LESS_THAN -> date(request, policy) < 0;
      case DATE_LESS_THAN_EQUALS -> date(request, policy) <= 0;
      case DATE_GREATER_THAN -> date(request, policy) > 0;
      case DATE_GREATER_THAN_EQUALS -> date(request, policy) >= 0;
      // Byte for byte, both sides base64.
      case BINARY_EQUALS -> Arrays.equals((byte[]) request, (byte[]) policy);
      case IP_ADDRESS -> ((IpAddresses.CidrBlock) policy).contains((byte[]) request);
      default -> throw new IllegalStateException(awsName + " does not compare typed values");
    };
  }

  private static int number(Object request, Object policy) {
    return ((BigDecimal) request).compareTo((BigDecimal) policy);
  }

  private static int date(Object request, Object policy) {
    return ((Instant) request).compareTo((Instant) policy);
  }

  /** The comparisons behind the operators; the negated operators share their positive's. */
  private enum Comparison {
    STRING_EQUALS(true, null),
    STRING_EQUALS_IGNORE_CASE(true, null),
    STRING_LIKE(true, null),
    ARN_LIKE(true, null),
    BOOL(true, null),
    NUMERIC_EQUALS(false, ValueType.NUMBER),
    NUMERIC_LESS_THAN(false, ValueType.NUMBER),
    NUMERIC_LESS_THAN_EQUALS(false, ValueType.NUMBER),
    NUMERIC_GREATER_THAN(false, ValueType.NUMBER),
    NUMERIC_GREATER_THAN_EQUALS(false, ValueType.NUMBER),
    DATE_EQUALS(false, ValueType.DATE),
    DATE_LESS_THAN(false, ValueType.DATE),
    DATE_LESS_THAN_EQUALS(false, ValueType.DATE),
    DATE_GREATER_THAN(false, ValueType.DATE),
    DATE_GREATER_THAN_EQUALS(false, ValueType.DATE),
    BINARY_EQUALS(false, ValueType.BINARY),
    IP_ADDRESS(false, ValueType.IP_ADDRESS),
    /** Null tests presence, not values: {@link Condition} decides it without comparing. */
    NULL(false, null);

    private final boolean acceptsVariables;
    private final ValueType valueType;

    Comparison(boolean acceptsVariables, ValueType valueType) {
      this.acceptsVariables = acceptsVariables;
      this.valueType = valueType;
    }
  }
}
