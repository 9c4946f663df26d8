package org.opensts.application.port.in.iam;

import java.time.Instant;
import java.util.Objects;

/**
 * A version of a managed policy.
 *
 * @param document the document exactly as it was given
 */
public record GetPolicyVersionResult(
    String document, String versionId, boolean defaultVersion, Instant createDate) {

  public GetPolicyVersionResult {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(versionId, "versionId");
    Objects.requireNonNull(createDate, "createDate");
  }
}
