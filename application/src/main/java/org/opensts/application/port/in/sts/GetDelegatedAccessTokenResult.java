package org.opensts.application.port.in.sts;

import java.util.Objects;
import org.opensts.domain.credential.TemporaryCredentials;

/**
 * The delegated credentials. No {@code PackedPolicySize}: AWS documents it as not populated for
 * this operation.
 *
 * @param assumedPrincipal the ARN of the IAM entity (user or role) whose permissions the
 *     credentials carry, within the delegated policy
 */
public record GetDelegatedAccessTokenResult(
    TemporaryCredentials credentials, String assumedPrincipal) {

  public GetDelegatedAccessTokenResult {
    Objects.requireNonNull(credentials, "credentials");
    Objects.requireNonNull(assumedPrincipal, "assumedPrincipal");
  }
}
