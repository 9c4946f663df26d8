package org.opensts.application.port.in.iam;

import java.util.List;
import java.util.Objects;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.error.ParameterValidation;
import org.opensts.domain.iam.IamPatterns;
import org.opensts.domain.iam.TagSet;
import org.opensts.domain.identity.Tag;

/** TagRole's members. */
public record TagRoleCommand(Caller caller, String roleName, List<Tag> tags) {

  public TagRoleCommand {
    Objects.requireNonNull(caller, "caller");
    tags = List.copyOf(tags);
    ParameterValidation.start()
        .required("roleName", roleName)
        .text("roleName", roleName, 1, 64, IamPatterns.ENTITY_NAME)
        .throwIfInvalid();
    TagSet.validate("tags", tags);
  }
}
