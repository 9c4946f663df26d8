package org.opensts.application.port.in.sts;

import java.util.Objects;
import org.opensts.domain.credential.TemporaryCredentials;

/**
 * The role session's credentials and identity, and what the assertion said.
 *
 * @param assumedRoleArn {@code arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION}
 * @param assumedRoleId {@code ROLE_ID:SESSION}
 * @param packedPolicySize the percentage of the token's room the session policies and tags take;
 *     null when there are neither
 * @param subject the assertion's NameID
 * @param subjectType {@code persistent}, {@code transient} or the NameID's full format URI
 * @param issuer the assertion's Issuer
 * @param audience the SubjectConfirmationData's Recipient, as AWS reports it
 * @param nameQualifier base64 of the SHA-1 of the issuer, the account and {@code /PROVIDER-NAME}
 * @param sourceIdentity the assertion's SourceIdentity attribute; null when none
 */
public record AssumeRoleWithSamlResult(
    TemporaryCredentials credentials,
    String assumedRoleArn,
    String assumedRoleId,
    Integer packedPolicySize,
    String subject,
    String subjectType,
    String issuer,
    String audience,
    String nameQualifier,
    String sourceIdentity) {

  public AssumeRoleWithSamlResult {
    Objects.requireNonNull(credentials, "credentials");
    Objects.requireNonNull(assumedRoleArn, "assumedRoleArn");
    Objects.requireNonNull(assumedRoleId, "assumedRoleId");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(subjectType, "subjectType");
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(audience, "audience");
    Objects.requireNonNull(nameQualifier, "nameQualifier");
  }
}
