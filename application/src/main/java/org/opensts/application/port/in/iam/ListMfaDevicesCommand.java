package org.opensts.application.port.in.iam;

import java.util.Objects;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.error.ParameterValidation;
import org.opensts.domain.iam.IamPatterns;

/**
 * @param userName null for the calling user
 * @param marker where the previous page ended, or null for the first page
 * @param maxItems page size 1–1000, or null for 100
 */
public record ListMfaDevicesCommand(
    Caller caller, String userName, String marker, Integer maxItems) {

  public ListMfaDevicesCommand {
    Objects.requireNonNull(caller, "caller");
    ParameterValidation.start()
        .text("userName", userName, 1, 128, IamPatterns.ENTITY_NAME)
        .text("marker", marker, 1, 320, IamPatterns.MARKER)
        .range("maxItems", maxItems, 1, 1000)
        .throwIfInvalid();
  }
}
