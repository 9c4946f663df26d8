package org.opensts.application.port.in.sts;

import java.util.Objects;
import org.opensts.domain.credential.RequestOrigin;
import org.opensts.domain.credential.SessionPolicyParameters;
import org.opensts.domain.error.InvalidRequestException;
import org.opensts.domain.error.ParameterValidation;
import org.opensts.domain.identity.Arn;
import org.opensts.domain.identity.RoleSessionName;

/**
 * AssumeRoleWithWebIdentity's parameters, checked against AWS's model; all violations are reported
 * together. The request is unsigned, so there is no caller, only where the request came from.
 *
 * @param webIdentityToken the OpenID Connect ID token, 4–20000 characters
 * @param providerId only for OAuth 2.0 access tokens of Amazon and Facebook, which this server does
 *     not accept; checked against the model and otherwise ignored, as AWS ignores it for ID tokens
 * @param policies the session policies; the inline one up to 2048 characters
 * @param durationSeconds 900–43200 (and at most the role's maximum), or null for one hour
 */
public record AssumeRoleWithWebIdentityCommand(
    RequestOrigin origin,
    Arn roleArn,
    RoleSessionName roleSessionName,
    String webIdentityToken,
    String providerId,
    SessionPolicyParameters policies,
    Integer durationSeconds) {

  public AssumeRoleWithWebIdentityCommand {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(roleArn, "roleArn");
    Objects.requireNonNull(roleSessionName, "roleSessionName");
    Objects.requireNonNull(policies, "policies");
    check(ParameterValidation.start(), webIdentityToken, providerId, policies, durationSeconds)
        .throwIfInvalid();
  }

  /** Builds the command from the members as they arrived. */
  public static AssumeRoleWithWebIdentityCommand of(
      RequestOrigin origin,
      String roleArn,
      String roleSessionName,
      String webIdentityToken,
      String providerId,
      SessionPolicyParameters policies,
      Integer durationSeconds) {
    ParameterValidation validation =
        ParameterValidation.start()
            .required("roleArn", roleArn)
            .text("roleArn", roleArn, 20, 2048, SessionPolicyParameters.ARN_TYPE)
            .required("roleSessionName", roleSessionName)
            .text("roleSessionName", roleSessionName, 2, 64, RoleSessionName.PATTERN);
    check(validation, webIdentityToken, providerId, policies, durationSeconds).throwIfInvalid();
    Arn arn =
        Arn.parse(roleArn)
            .orElseThrow(() -> InvalidRequestException.validationError(roleArn + " is invalid"));
    return new AssumeRoleWithWebIdentityCommand(
        origin,
        arn,
        RoleSessionName.of(roleSessionName),
        webIdentityToken,
        providerId,
        policies,
        durationSeconds);
  }

  private static ParameterValidation check(
      ParameterValidation validation,
      String webIdentityToken,
      String providerId,
      SessionPolicyParameters policies,
      Integer durationSeconds) {
    validation
        .required("webIdentityToken", webIdentityToken)
        .length("webIdentityToken", webIdentityToken, 4, 20000)
        .length("providerId", providerId, 4, 2048);
    policies.check(validation, SessionPolicyParameters.MAX_POLICY_LENGTH);
    return validation.range("durationSeconds", durationSeconds, 900, 43200);
  }

  /** The token is a bearer secret: never let it reach a log through this record. */
  @Override
  public String toString() {
    return "AssumeRoleWithWebIdentityCommand[roleArn="
        + roleArn
        + ", roleSessionName="
        + roleSessionName.value()
        + "]";
  }
}
