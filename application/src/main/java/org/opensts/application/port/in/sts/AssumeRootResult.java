package org.opensts.application.port.in.sts;

import java.util.Objects;
import org.opensts.domain.credential.TemporaryCredentials;

/**
 * AssumeRoot returns credentials, and the source identity of the caller's session when it had one.
 *
 * @param sourceIdentity null when the caller's session has none
 */
public record AssumeRootResult(TemporaryCredentials credentials, String sourceIdentity) {

  public AssumeRootResult {
    Objects.requireNonNull(credentials, "credentials");
  }
}
