package org.opensts.application.port.in.iam;

import java.util.Objects;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.error.ParameterValidation;
import org.opensts.domain.iam.IamPatterns;
import org.opensts.domain.iam.ManagedPolicy;

/**
 * ListAttachedUserPolicies' members.
 *
 * @param pathPrefix of the policies' paths; null for all
 * @param marker where the previous page ended, or null for the first page
 * @param maxItems page size 1–1000, or null for 100
 */
public record ListAttachedUserPoliciesCommand(
    Caller caller, String userName, String pathPrefix, String marker, Integer maxItems) {

  public ListAttachedUserPoliciesCommand {
    Objects.requireNonNull(caller, "caller");
    ParameterValidation.start()
        .required("userName", userName)
        .text("userName", userName, 1, 128, IamPatterns.ENTITY_NAME)
        .text("pathPrefix", pathPrefix, 1, 512, ManagedPolicy.PATH_PATTERN)
        .text("marker", marker, 1, 320, IamPatterns.MARKER)
        .range("maxItems", maxItems, 1, 1000)
        .throwIfInvalid();
  }
}
