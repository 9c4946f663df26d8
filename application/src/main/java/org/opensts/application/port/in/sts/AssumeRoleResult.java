package org.opensts.application.port.in.sts;

import java.util.Objects;
import org.opensts.domain.credential.TemporaryCredentials;

/**
 * The role session's credentials and identity.
 *
 * @param assumedRoleArn {@code arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION}
 * @param assumedRoleId {@code ROLE_ID:SESSION}
 */
public record AssumeRoleResult(
    TemporaryCredentials credentials, String assumedRoleArn, String assumedRoleId) {

  public AssumeRoleResult {
    Objects.requireNonNull(credentials, "credentials");
    Objects.requireNonNull(assumedRoleArn, "assumedRoleArn");
    Objects.requireNonNull(assumedRoleId, "assumedRoleId");
  }
}
