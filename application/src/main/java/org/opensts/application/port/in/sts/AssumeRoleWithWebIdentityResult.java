package org.opensts.application.port.in.sts;

import java.util.Objects;
import org.opensts.domain.credential.TemporaryCredentials;

/**
 * The role session's credentials and identity, with what the token said.
 *
 * @param subjectFromWebIdentityToken the token's {@code sub}
 * @param audience the client id the token was issued for
 * @param provider the token's issuer, {@code iss}
 * @param assumedRoleArn {@code arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION}
 * @param assumedRoleId {@code ROLE_ID:SESSION}
 * @param packedPolicySize the percentage of the token's room the session policies and tags take;
 *     null when the request passed neither
 * @param sourceIdentity the token's source identity claim; null when none
 */
public record AssumeRoleWithWebIdentityResult(
    TemporaryCredentials credentials,
    String subjectFromWebIdentityToken,
    String audience,
    String provider,
    String assumedRoleArn,
    String assumedRoleId,
    Integer packedPolicySize,
    String sourceIdentity) {

  public AssumeRoleWithWebIdentityResult {
    Objects.requireNonNull(credentials, "credentials");
    Objects.requireNonNull(subjectFromWebIdentityToken, "subjectFromWebIdentityToken");
    Objects.requireNonNull(audience, "audience");
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(assumedRoleArn, "assumedRoleArn");
    Objects.requireNonNull(assumedRoleId, "assumedRoleId");
  }
}
