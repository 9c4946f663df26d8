package org.opensts.application.port.in.iam;

import java.util.Objects;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.error.ParameterValidation;
import org.opensts.domain.iam.IamPatterns;

/**
 * PutRolePolicy's members.
 *
 * @param policyDocument the identity policy's JSON, parsed by the service
 */
public record PutRolePolicyCommand(
    Caller caller, String roleName, String policyName, String policyDocument) {

  public PutRolePolicyCommand {
    Objects.requireNonNull(caller, "caller");
    ParameterValidation.start()
        .required("roleName", roleName)
        .text("roleName", roleName, 1, 64, IamPatterns.ENTITY_NAME)
        .required("policyName", policyName)
        .text("policyName", policyName, 1, 128, IamPatterns.ENTITY_NAME)
        .required("policyDocument", policyDocument)
        .text("policyDocument", policyDocument, 1, 131072, IamPatterns.POLICY_DOCUMENT)
        .throwIfInvalid();
  }
}
