package org.opensts.application.port.in.iam;

import java.util.Objects;

/**
 * An inline policy of a role.
 *
 * @param roleName the role's name as stored, whatever case the request used
 * @param policyDocument the document exactly as it was given
 */
public record GetRolePolicyResult(String roleName, String policyName, String policyDocument) {

  public GetRolePolicyResult {
    Objects.requireNonNull(roleName, "roleName");
    Objects.requireNonNull(policyName, "policyName");
    Objects.requireNonNull(policyDocument, "policyDocument");
  }
}
