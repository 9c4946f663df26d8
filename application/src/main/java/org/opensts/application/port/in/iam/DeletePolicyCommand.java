package org.opensts.application.port.in.iam;

import java.util.Objects;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.error.ParameterValidation;
import org.opensts.domain.iam.ManagedPolicy;

/** DeletePolicy's members. */
public record DeletePolicyCommand(Caller caller, String policyArn) {

  public DeletePolicyCommand {
    Objects.requireNonNull(caller, "caller");
    ParameterValidation.start()
        .required("policyArn", policyArn)
        .length("policyArn", policyArn, 20, 2048)
        .throwIfInvalid();
    ManagedPolicy.checkArn(policyArn);
  }
}
