package org.opensts.domain.iam;

import java.util.Objects;
import java.util.regex.Pattern;
import org.opensts.domain.error.InvalidRequestException;

/**
 * The managed policy that caps what an entity's identity policies can grant, named by its ARN, or
 * {@link #NONE}. Only the ARN's form is checked here: a customer policy of a 12-digit account or an
 * AWS managed policy ({@code arn:aws:iam::aws:policy/...}).
 */
public record PermissionsBoundary(String policyArn) {

  public static final PermissionsBoundary NONE = new PermissionsBoundary("");

  private static final Pattern POLICY_ARN =
      Pattern.compile("arn:aws:iam::(aws|\\d{12}):policy/([\\u0021-\\u007E]+/)?[\\w+=,.@-]+");

  /**
   * @throws InvalidRequestException {@code InvalidInput} in AWS's words when the ARN does not name
   *     a policy
   */
  public PermissionsBoundary {
    Objects.requireNonNull(policyArn, "policyArn");
    if (!policyArn.isEmpty() && !POLICY_ARN.matcher(policyArn).matches()) {
      throw InvalidRequestException.invalidInput("ARN " + policyArn + " is not valid.");
    }
  }

  public static PermissionsBoundary policy(String policyArn) {
    return new PermissionsBoundary(policyArn);
  }

  public boolean isSet() {
    return !policyArn.isEmpty();
  }
}
