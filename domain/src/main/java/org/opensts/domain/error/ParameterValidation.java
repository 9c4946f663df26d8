package org.opensts.domain.error;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects constraint violations of request members and reports them all at once, worded exactly as
 * AWS's service framework words them: {@code 2 validation errors detected: Value 'x' at 'roleArn'
 * failed to satisfy constraint: Member must ...; Value ...}.
 */
public final class ParameterValidation {

  private final List<String> violations = new ArrayList<>();

  public static ParameterValidation start() {
    return new ParameterValidation();
  }

  /** Checks a member AWS models as required. Later checks on a null value are skipped. */
  public ParameterValidation required(String member, Object value) {
    if (value == null) {
      violations.add(
          "Value null at '" + member + "' failed to satisfy constraint: Member must not be null");
    }
    return this;
  }

  /** Pattern first, then length, the order in which AWS lists them. */
  public ParameterValidation text(
      String member, String value, int min, int max, ModelPattern pattern) {
    if (value == null) {
      return this;
    }
    if (!pattern.matches(value)) {
      violate(member, value, "Member must satisfy regular expression pattern: " + pattern.text());
    }
    return length(member, value, min, max);
  }

  public ParameterValidation length(String member, String value, int min, int max) {
    if (value == null) {
      return this;
    }
    int length = value.codePointCount(0, value.length());
    if (length < min) {
      violate(member, value, "Member must have length greater than or equal to " + min);
    }
    if (length > max) {
      violate(member, value, "Member must have length less than or equal to " + max);
    }
    return this;
  }

  /** A list member's size limit, which AWS words as a length. */
  public ParameterValidation size(String member, java.util.List<?> values, int max) {
    if (values != null && values.size() > max) {
      violate(member, values.toString(), "Member must have length less than or equal to " + max);
    }
    return this;
  }

  public ParameterValidation range(String member, Integer value, long min, long max) {
    if (value == null) {
      return this;
    }
    if (value < min) {
      violate(member, value.toString(), "Member must have value greater than or equal to " + min);
    }
    if (value > max) {
      violate(member, value.toString(), "Member must have value less than or equal to " + max);
    }
    return this;
  }

  /** A member whose model is an enum: AWS lists the allowed values in the message. */
  public ParameterValidation oneOf(String member, String value, java.util.List<String> allowed) {
    if (value != null && !allowed.contains(value)) {
      violate(member, value, "Member must satisfy enum value set: " + allowed);
    }
    return this;
  }

  public void throwIfInvalid() {
    if (violations.isEmpty()) {
      return;
    }
    String count =
        violations.size() == 1 ? "1 validation error" : violations.size() + " validation errors";
    throw InvalidRequestException.validationError(
        count + " detected: " + String.join("; ", violations));
  }

  private void violate(String member, String value, String constraint) {
    violations.add(
        "Value '" + value + "' at '" + member + "' failed to satisfy constraint: " + constraint);
  }
}
