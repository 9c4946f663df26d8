package org.opensts.application.port.in.sts;

import java.util.Objects;
import org.opensts.domain.credential.TemporaryCredentials;

/**
 * The federated user's credentials and identity.
 *
 * @param federatedUserArn {@code arn:aws:sts::ACCOUNT:federated-user/NAME}
 * @param federatedUserId {@code ACCOUNT:NAME}
 * @param packedPolicySize the percentage of the allotted room the session policies and tags take, 0
 *     without any
 */
public record GetFederationTokenResult(
    TemporaryCredentials credentials,
    String federatedUserArn,
    String federatedUserId,
    int packedPolicySize) {

  public GetFederationTokenResult {
    Objects.requireNonNull(credentials, "credentials");
    Objects.requireNonNull(federatedUserArn, "federatedUserArn");
    Objects.requireNonNull(federatedUserId, "federatedUserId");
  }
}
