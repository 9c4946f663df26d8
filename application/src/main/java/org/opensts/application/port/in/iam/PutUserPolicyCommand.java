package org.opensts.application.port.in.iam;

import java.util.Objects;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.error.ParameterValidation;
import org.opensts.domain.iam.IamPatterns;

/**
 * PutUserPolicy's members.
 *
 * @param policyDocument the identity policy's JSON, parsed by the service
 */
public record PutUserPolicyCommand(
    Caller caller, String userName, String policyName, String policyDocument) {

  public PutUserPolicyCommand {
    Objects.requireNonNull(caller, "caller");
    ParameterValidation.start()
        .required("userName", userName)
        .text("userName", userName, 1, 128, IamPatterns.ENTITY_NAME)
        .required("policyName", policyName)
        .text("policyName", policyName, 1, 128, IamPatterns.ENTITY_NAME)
        .required("policyDocument", policyDocument)
        .text("policyDocument", policyDocument, 1, 131072, IamPatterns.POLICY_DOCUMENT)
        .throwIfInvalid();
  }
}
