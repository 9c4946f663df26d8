package org.opensts.application.port.in.iam;

import java.util.Objects;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.error.ParameterValidation;

/** DeleteSAMLProvider's members. */
public record DeleteSamlProviderCommand(Caller caller, String providerArn) {

  public DeleteSamlProviderCommand {
    Objects.requireNonNull(caller, "caller");
    ParameterValidation.start()
        .required("providerArn", providerArn)
        .length("providerArn", providerArn, 20, 2048)
        .throwIfInvalid();
  }
}
