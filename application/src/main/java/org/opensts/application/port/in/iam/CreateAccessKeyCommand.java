package org.opensts.application.port.in.iam;

import java.util.Objects;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.error.ParameterValidation;
import org.opensts.domain.iam.IamPatterns;

/**
 * @param userName null for the calling user (or the root, when the root calls)
 */
public record CreateAccessKeyCommand(Caller caller, String userName) {

  public CreateAccessKeyCommand {
    Objects.requireNonNull(caller, "caller");
    ParameterValidation.start()
        .text("userName", userName, 1, 128, IamPatterns.ENTITY_NAME)
        .throwIfInvalid();
  }
}
