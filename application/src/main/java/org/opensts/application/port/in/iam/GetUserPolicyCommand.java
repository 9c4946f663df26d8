package org.opensts.application.port.in.iam;

import java.util.Objects;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.error.ParameterValidation;
import org.opensts.domain.iam.IamPatterns;

/** GetUserPolicy's members. */
public record GetUserPolicyCommand(Caller caller, String userName, String policyName) {

  public GetUserPolicyCommand {
    Objects.requireNonNull(caller, "caller");
    ParameterValidation.start()
        .required("userName", userName)
        .text("userName", userName, 1, 128, IamPatterns.ENTITY_NAME)
        .required("policyName", policyName)
        .text("policyName", policyName, 1, 128, IamPatterns.ENTITY_NAME)
        .throwIfInvalid();
  }
}
