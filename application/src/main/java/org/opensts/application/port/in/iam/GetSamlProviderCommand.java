package org.opensts.application.port.in.iam;

import java.util.Objects;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.error.ParameterValidation;

/** GetSAMLProvider's members. */
public record GetSamlProviderCommand(Caller caller, String providerArn) {

  public GetSamlProviderCommand {
    Objects.requireNonNull(caller, "caller");
    ParameterValidation.start()
        .required("providerArn", providerArn)
        .length("providerArn", providerArn, 20, 2048)
        .throwIfInvalid();
  }
}
