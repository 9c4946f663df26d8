package org.opensts.application.port.in.iam;

import java.util.Objects;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.error.ParameterValidation;
import org.opensts.domain.iam.IamPatterns;
import org.opensts.domain.iam.ManagedPolicy;

/** AttachRolePolicy's members. */
public record AttachRolePolicyCommand(Caller caller, String roleName, String policyArn) {

  public AttachRolePolicyCommand {
    Objects.requireNonNull(caller, "caller");
    ParameterValidation.start()
        .required("roleName", roleName)
        .text("roleName", roleName, 1, 64, IamPatterns.ENTITY_NAME)
        .required("policyArn", policyArn)
        .length("policyArn", policyArn, 20, 2048)
        .throwIfInvalid();
    ManagedPolicy.checkArn(policyArn);
  }
}
