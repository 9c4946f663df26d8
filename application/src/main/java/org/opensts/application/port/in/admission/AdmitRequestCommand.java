package org.opensts.application.port.in.admission;

import java.util.Objects;
import java.util.Optional;

/**
 * A request about to be processed.
 *
 * @param claimedAccessKeyId the access key id the request says it is signed with, not yet verified;
 *     empty for an unsigned request
 */
public record AdmitRequestCommand(Optional<String> claimedAccessKeyId) {

  public AdmitRequestCommand {
    Objects.requireNonNull(claimedAccessKeyId, "claimedAccessKeyId");
  }
}
