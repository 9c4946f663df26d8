package org.opensts.application.port.in.iam;

import java.util.Objects;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.error.ParameterValidation;
import org.opensts.domain.iam.IamPatterns;
import org.opensts.domain.iam.PermissionsBoundary;

/**
 * PutRolePermissionsBoundary's members.
 *
 * @param permissionsBoundary the ARN of a managed policy
 */
public record PutRolePermissionsBoundaryCommand(
    Caller caller, String roleName, String permissionsBoundary) {

  public PutRolePermissionsBoundaryCommand {
    Objects.requireNonNull(caller, "caller");
    ParameterValidation.start()
        .required("roleName", roleName)
        .text("roleName", roleName, 1, 64, IamPatterns.ENTITY_NAME)
        .required("permissionsBoundary", permissionsBoundary)
        .length("permissionsBoundary", permissionsBoundary, 20, 2048)
        .throwIfInvalid();
    PermissionsBoundary.policy(permissionsBoundary);
  }
}
