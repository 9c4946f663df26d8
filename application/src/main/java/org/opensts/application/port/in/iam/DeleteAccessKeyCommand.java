package org.opensts.application.port.in.iam;

import java.util.Objects;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.error.ParameterValidation;
import org.opensts.domain.iam.IamPatterns;

/**
 * @param userName null for the calling user (or the root)
 */
public record DeleteAccessKeyCommand(Caller caller, String userName, String accessKeyId) {

  public DeleteAccessKeyCommand {
    Objects.requireNonNull(caller, "caller");
    ParameterValidation.start()
        .text("userName", userName, 1, 128, IamPatterns.ENTITY_NAME)
        .required("accessKeyId", accessKeyId)
        .text("accessKeyId", accessKeyId, 16, 128, IamPatterns.ACCESS_KEY_ID)
        .throwIfInvalid();
  }
}
