package org.opensts.application.port.in.sts;

import java.util.Objects;
import org.opensts.domain.credential.TemporaryCredentials;

/** GetSessionToken returns credentials only. */
public record GetSessionTokenResult(TemporaryCredentials credentials) {

  public GetSessionTokenResult {
    Objects.requireNonNull(credentials, "credentials");
  }
}
