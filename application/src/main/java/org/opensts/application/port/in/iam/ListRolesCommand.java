package org.opensts.application.port.in.iam;

import java.util.Objects;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.error.ParameterValidation;
import org.opensts.domain.iam.IamPatterns;

/**
 * @param pathPrefix null for all roles
 * @param marker where the previous page ended, or null for the first page
 * @param maxItems page size 1–1000, or null for 100
 */
public record ListRolesCommand(Caller caller, String pathPrefix, String marker, Integer maxItems) {

  public ListRolesCommand {
    Objects.requireNonNull(caller, "caller");
    ParameterValidation.start()
        .text("pathPrefix", pathPrefix, 1, 512, IamPatterns.PATH_PREFIX)
        .text("marker", marker, 1, 320, IamPatterns.MARKER)
        .range("maxItems", maxItems, 1, 1000)
        .throwIfInvalid();
  }
}
