package org.opensts.application.port.in.iam;

import java.util.Objects;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.error.ParameterValidation;
import org.opensts.domain.iam.IamPatterns;

/**
 * UpdateRole's members; a member left out leaves that setting as it is.
 *
 * @param description null to keep the current one; empty to remove it
 * @param maxSessionDuration seconds, 3600–43200, or null to keep the current one
 */
public record UpdateRoleCommand(
    Caller caller, String roleName, String description, Integer maxSessionDuration) {

  public UpdateRoleCommand {
    Objects.requireNonNull(caller, "caller");
    ParameterValidation.start()
        .required("roleName", roleName)
        .text("roleName", roleName, 1, 64, IamPatterns.ENTITY_NAME)
        .text("description", description, 0, 1000, IamPatterns.ROLE_DESCRIPTION)
        .range("maxSessionDuration", maxSessionDuration, 3600, 43200)
        .throwIfInvalid();
  }
}
