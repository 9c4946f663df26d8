package org.opensts.application.port.in.iam;

import java.util.List;
import java.util.Objects;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.error.ParameterValidation;
import org.opensts.domain.iam.IamPatterns;

/** UntagUser's members: the keys of the tags to remove. */
public record UntagUserCommand(Caller caller, String userName, List<String> tagKeys) {

  public UntagUserCommand {
    Objects.requireNonNull(caller, "caller");
    tagKeys = List.copyOf(tagKeys);
    ParameterValidation.start()
        .required("userName", userName)
        .text("userName", userName, 1, 128, IamPatterns.ENTITY_NAME)
        .size("tagKeys", tagKeys, 50)
        .throwIfInvalid();
  }
}
