package org.opensts.application.port.in.iam;

import java.util.Objects;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.error.ParameterValidation;
import org.opensts.domain.iam.IamPatterns;

/**
 * @param marker where the previous page ended, or null for the first page
 * @param maxItems page size 1–1000, or null for 100
 */
public record ListRolePoliciesCommand(
    Caller caller, String roleName, String marker, Integer maxItems) {

  public ListRolePoliciesCommand {
    Objects.requireNonNull(caller, "caller");
    ParameterValidation.start()
        .required("roleName", roleName)
        .text("roleName", roleName, 1, 64, IamPatterns.ENTITY_NAME)
        .text("marker", marker, 1, 320, IamPatterns.MARKER)
        .range("maxItems", maxItems, 1, 1000)
        .throwIfInvalid();
  }
}
