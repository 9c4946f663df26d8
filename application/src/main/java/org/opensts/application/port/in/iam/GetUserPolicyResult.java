package org.opensts.application.port.in.iam;

import java.util.Objects;

/**
 * An inline policy of a user.
 *
 * @param userName the user's name as stored, whatever case the request used
 * @param policyDocument the document exactly as it was given
 */
public record GetUserPolicyResult(String userName, String policyName, String policyDocument) {

  public GetUserPolicyResult {
    Objects.requireNonNull(userName, "userName");
    Objects.requireNonNull(policyName, "policyName");
    Objects.requireNonNull(policyDocument, "policyDocument");
  }
}
