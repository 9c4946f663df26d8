package org.opensts.domain.credential;

import java.util.List;
import org.opensts.domain.error.ModelPattern;
import org.opensts.domain.error.ParameterValidation;

/**
 * The session policies a request passes: {@code Policy}, one inline JSON document, and {@code
 * PolicyArns}, up to 10 managed policies of the account. They restrict the session to the
 * intersection with its identity's permissions; they never add any.
 *
 * @param policy the inline policy's text, or null
 * @param policyArns the managed policies' ARNs, possibly empty
 */
public record SessionPolicyParameters(String policy, List<String> policyArns) {

  public static final SessionPolicyParameters NONE = new SessionPolicyParameters(null, List.of());

  /** AWS documents "up to 10 managed policy ARNs"; the model itself sets no maximum. */
  public static final int MAX_POLICY_ARNS = 10;

  /** The model's session policy length, except for AssumeRole whose type sets none. */
  public static final int MAX_POLICY_LENGTH = 2048;

  /** The model's {@code arnType}: printable Unicode. */
  public static final ModelPattern ARN_TYPE =
      ModelPattern.of(
          "[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u0085\\u00A0-\\uD7FF\\uE000-\\uFFFD\\u10000-\\u10FFFF]+");

  private static final ModelPattern POLICY =
      ModelPattern.of("[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+");

  public SessionPolicyParameters {
    policyArns = List.copyOf(policyArns);
  }

  public boolean isEmpty() {
    return policy == null && policyArns.isEmpty();
  }

  /** Adds the model's checks, with {@code maxPolicyLength} the operation's limit on the text. */
  public ParameterValidation check(ParameterValidation validation, int maxPolicyLength) {
    validation.text("policy", policy, 1, maxPolicyLength, POLICY);
    validation.size("policyArns", policyArns, MAX_POLICY_ARNS);
    for (int i = 0; i < policyArns.size(); i++) {
      validation.text(
          "policyArns." + (i + 1) + ".member.arn", policyArns.get(i), 20, 2048, ARN_TYPE);
    }
    return validation;
  }
}
