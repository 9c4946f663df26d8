package org.opensts.application.port.in.iam;

import java.util.List;
import java.util.Objects;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.error.ParameterValidation;
import org.opensts.domain.iam.IamPatterns;
import org.opensts.domain.iam.TagSet;
import org.opensts.domain.identity.Tag;

/** TagUser's members. */
public record TagUserCommand(Caller caller, String userName, List<Tag> tags) {

  public TagUserCommand {
    Objects.requireNonNull(caller, "caller");
    tags = List.copyOf(tags);
    ParameterValidation.start()
        .required("userName", userName)
        .text("userName", userName, 1, 128, IamPatterns.ENTITY_NAME)
        .throwIfInvalid();
    TagSet.validate("tags", tags);
  }
}
