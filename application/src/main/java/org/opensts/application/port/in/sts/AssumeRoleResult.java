package org.opensts.application.port.in.sts;

import java.util.Objects;
import org.opensts.domain.credential.TemporaryCredentials;

/**
 * The role session's credentials and identity.
 *
 * @param assumedRoleArn {@code arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION}
 * @param assumedRoleId {@code ROLE_ID:SESSION}
 * @param packedPolicySize the percentage of the token's room the session policies and tags take;
 *     null when the request passed neither
 * @param sourceIdentity the session's source identity, set now or inherited; null when none
 */
public record AssumeRoleResult(
    TemporaryCredentials credentials,
    String assumedRoleArn,
    String assumedRoleId,
    Integer packedPolicySize,
    String sourceIdentity) {

  public AssumeRoleResult {
    Objects.requireNonNull(credentials, "credentials");
    Objects.requireNonNull(assumedRoleArn, "assumedRoleArn");
    Objects.requireNonNull(assumedRoleId, "assumedRoleId");
  }
}
