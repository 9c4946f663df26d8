package org.opensts.application.port.in.iam;

import java.util.Objects;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.error.ModelPattern;
import org.opensts.domain.error.ParameterValidation;
import org.opensts.domain.iam.ManagedPolicy;

/** GetPolicyVersion's members; a version id is {@code v1}, {@code v2}, … */
public record GetPolicyVersionCommand(Caller caller, String policyArn, String versionId) {

  private static final ModelPattern VERSION_ID = ModelPattern.of("v[1-9][0-9]*(\\.[A-Za-z0-9-]*)?");

  public GetPolicyVersionCommand {
    Objects.requireNonNull(caller, "caller");
    ParameterValidation.start()
        .required("versionId", versionId)
        .text("versionId", versionId, 1, 128, VERSION_ID)
        .required("policyArn", policyArn)
        .length("policyArn", policyArn, 20, 2048)
        .throwIfInvalid();
    ManagedPolicy.checkArn(policyArn);
  }
}
