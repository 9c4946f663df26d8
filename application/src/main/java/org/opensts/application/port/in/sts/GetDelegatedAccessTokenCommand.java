package org.opensts.application.port.in.sts;

import java.util.Objects;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.error.ParameterValidation;

/** GetDelegatedAccessToken's member: the trade-in token, required (the model sets no length). */
public record GetDelegatedAccessTokenCommand(Caller caller, String tradeInToken) {

  public GetDelegatedAccessTokenCommand {
    Objects.requireNonNull(caller, "caller");
    ParameterValidation.start().required("tradeInToken", tradeInToken).throwIfInvalid();
  }
}
