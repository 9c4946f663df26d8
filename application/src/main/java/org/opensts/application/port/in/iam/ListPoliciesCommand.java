package org.opensts.application.port.in.iam;

import java.util.List;
import java.util.Objects;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.error.ParameterValidation;
import org.opensts.domain.iam.IamPatterns;
import org.opensts.domain.iam.ManagedPolicy;

/**
 * ListPolicies' members.
 *
 * @param scope {@code All}, {@code AWS} or {@code Local}; null for {@code All}
 * @param onlyAttached null for false
 * @param pathPrefix null for all policies
 * @param marker where the previous page ended, or null for the first page
 * @param maxItems page size 1–1000, or null for 100
 */
public record ListPoliciesCommand(
    Caller caller,
    String scope,
    Boolean onlyAttached,
    String pathPrefix,
    String marker,
    Integer maxItems) {

  public ListPoliciesCommand {
    Objects.requireNonNull(caller, "caller");
    ParameterValidation.start()
        .oneOf("scope", scope, List.of("All", "AWS", "Local"))
        .text("pathPrefix", pathPrefix, 1, 512, ManagedPolicy.PATH_PATTERN)
        .text("marker", marker, 1, 320, IamPatterns.MARKER)
        .range("maxItems", maxItems, 1, 1000)
        .throwIfInvalid();
  }

  /** AWS managed policies are not served here, so only these scopes list anything. */
  public boolean includesLocal() {
    return scope == null || !scope.equals("AWS");
  }
}
