package org.opensts.application.port.in.iam;

import java.util.Objects;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.error.ParameterValidation;
import org.opensts.domain.iam.IamPatterns;
import org.opensts.domain.iam.ManagedPolicy;

/** DetachUserPolicy's members. */
public record DetachUserPolicyCommand(Caller caller, String userName, String policyArn) {

  public DetachUserPolicyCommand {
    Objects.requireNonNull(caller, "caller");
    ParameterValidation.start()
        .required("userName", userName)
        .text("userName", userName, 1, 64, IamPatterns.ENTITY_NAME)
        .required("policyArn", policyArn)
        .length("policyArn", policyArn, 20, 2048)
        .throwIfInvalid();
    ManagedPolicy.checkArn(policyArn);
  }
}
