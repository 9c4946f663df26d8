package org.opensts.application.port.in.iam;

import java.util.Objects;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.error.ParameterValidation;
import org.opensts.domain.iam.IamPatterns;

/** DeleteRolePermissionsBoundary's members. */
public record DeleteRolePermissionsBoundaryCommand(Caller caller, String roleName) {

  public DeleteRolePermissionsBoundaryCommand {
    Objects.requireNonNull(caller, "caller");
    ParameterValidation.start()
        .required("roleName", roleName)
        .text("roleName", roleName, 1, 64, IamPatterns.ENTITY_NAME)
        .throwIfInvalid();
  }
}
