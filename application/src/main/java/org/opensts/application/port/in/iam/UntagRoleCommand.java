package org.opensts.application.port.in.iam;

import java.util.List;
import java.util.Objects;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.error.ParameterValidation;
import org.opensts.domain.iam.IamPatterns;

/** UntagRole's members: the keys of the tags to remove. */
public record UntagRoleCommand(Caller caller, String roleName, List<String> tagKeys) {

  public UntagRoleCommand {
    Objects.requireNonNull(caller, "caller");
    tagKeys = List.copyOf(tagKeys);
    ParameterValidation.start()
        .required("roleName", roleName)
        .text("roleName", roleName, 1, 64, IamPatterns.ENTITY_NAME)
        .size("tagKeys", tagKeys, 50)
        .throwIfInvalid();
  }
}
