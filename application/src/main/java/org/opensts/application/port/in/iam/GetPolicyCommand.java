package org.opensts.application.port.in.iam;

import java.util.Objects;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.error.ParameterValidation;
import org.opensts.domain.iam.ManagedPolicy;

/** GetPolicy's members. */
public record GetPolicyCommand(Caller caller, String policyArn) {

  public GetPolicyCommand {
    Objects.requireNonNull(caller, "caller");
    ParameterValidation.start()
        .required("policyArn", policyArn)
        .length("policyArn", policyArn, 20, 2048)
        .throwIfInvalid();
    ManagedPolicy.checkArn(policyArn);
  }
}
