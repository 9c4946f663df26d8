package org.opensts.application.port.in.iam;

import java.util.Objects;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.error.ParameterValidation;
import org.opensts.domain.iam.IamPatterns;

/**
 * @param userName null for the calling user
 */
public record GetUserCommand(Caller caller, String userName) {

  public GetUserCommand {
    Objects.requireNonNull(caller, "caller");
    ParameterValidation.start()
        .text("userName", userName, 1, 128, IamPatterns.ENTITY_NAME)
        .throwIfInvalid();
  }
}
