package org.opensts.application.port.in.iam;

import java.util.Objects;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.error.ParameterValidation;
import org.opensts.domain.iam.IamPatterns;

/** DeleteUser's members. */
public record DeleteUserCommand(Caller caller, String userName) {

  public DeleteUserCommand {
    Objects.requireNonNull(caller, "caller");
    ParameterValidation.start()
        .required("userName", userName)
        .text("userName", userName, 1, 128, IamPatterns.ENTITY_NAME)
        .throwIfInvalid();
  }
}
