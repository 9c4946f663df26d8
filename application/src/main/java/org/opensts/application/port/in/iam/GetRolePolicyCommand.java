package org.opensts.application.port.in.iam;

import java.util.Objects;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.error.ParameterValidation;
import org.opensts.domain.iam.IamPatterns;

/** GetRolePolicy's members. */
public record GetRolePolicyCommand(Caller caller, String roleName, String policyName) {

  public GetRolePolicyCommand {
    Objects.requireNonNull(caller, "caller");
    ParameterValidation.start()
        .required("roleName", roleName)
        .text("roleName", roleName, 1, 64, IamPatterns.ENTITY_NAME)
        .required("policyName", policyName)
        .text("policyName", policyName, 1, 128, IamPatterns.ENTITY_NAME)
        .throwIfInvalid();
  }
}
