package org.opensts.application.port.in.sts;

import java.util.Objects;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.credential.RequestOrigin;
import org.opensts.domain.credential.SessionPolicyParameters;
import org.opensts.domain.error.InvalidRequestException;
import org.opensts.domain.error.ParameterValidation;
import org.opensts.domain.identity.Arn;

/**
 * AssumeRoleWithSAML's parameters, checked against AWS's model; all violations are reported
 * together. The request is unsigned, so there is no caller, only where the request came from.
 *
 * @param principalArn the IAM SAML provider's ARN, {@code arn:aws:iam::ACCOUNT:saml-provider/NAME}
 * @param samlAssertion the base64 SAML response, 4–100000 characters
 * @param policies the session policies; the inline one up to 2048 characters
 * @param durationSeconds 900–43200 (and at most the role's maximum), or null for the assertion's
 *     SessionDuration or one hour
 */
public record AssumeRoleWithSamlCommand(
    RequestOrigin origin,
    Arn roleArn,
    Arn principalArn,
    String samlAssertion,
    SessionPolicyParameters policies,
    Integer durationSeconds) {

  private static final String SAML_PROVIDER = "saml-provider/";

  public AssumeRoleWithSamlCommand {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(roleArn, "roleArn");
    Objects.requireNonNull(principalArn, "principalArn");
    Objects.requireNonNull(policies, "policies");
    check(ParameterValidation.start(), samlAssertion, policies, durationSeconds).throwIfInvalid();
    if (!isSamlProvider(principalArn)) {
      throw invalidPrincipalArn();
    }
  }

  /** Builds the command from the members as they arrived. */
  public static AssumeRoleWithSamlCommand of(
      RequestOrigin origin,
      String roleArn,
      String principalArn,
      String samlAssertion,
      SessionPolicyParameters policies,
      Integer durationSeconds) {
    ParameterValidation validation =
        ParameterValidation.start()
            .required("roleArn", roleArn)
            .text("roleArn", roleArn, 20, 2048, SessionPolicyParameters.ARN_TYPE)
            .required("principalArn", principalArn)
            .text("principalArn", principalArn, 20, 2048, SessionPolicyParameters.ARN_TYPE);
    check(validation, samlAssertion, policies, durationSeconds).throwIfInvalid();
    Arn role =
        Arn.parse(roleArn)
            .orElseThrow(() -> InvalidRequestException.validationError(roleArn + " is invalid"));
    Arn provider =
        Arn.parse(principalArn).orElseThrow(AssumeRoleWithSamlCommand::invalidPrincipalArn);
    return new AssumeRoleWithSamlCommand(
        origin, role, provider, samlAssertion, policies, durationSeconds);
  }

  /** The account of the SAML provider {@code principalArn} names. */
  public AccountId providerAccount() {
    return AccountId.of(principalArn.account());
  }

  /** The name of the SAML provider {@code principalArn} names. */
  public String providerName() {
    return principalArn.resource().substring(SAML_PROVIDER.length());
  }

  private static boolean isSamlProvider(Arn arn) {
    return arn.service().equals("iam")
        && arn.region().isEmpty()
        && AccountId.isValid(arn.account())
        && arn.resource().startsWith(SAML_PROVIDER)
        && arn.resource().length() > SAML_PROVIDER.length();
  }

  private static InvalidRequestException invalidPrincipalArn() {
    return InvalidRequestException.validationError("Request ARN is invalid");
  }

  private static ParameterValidation check(
      ParameterValidation validation,
      String samlAssertion,
      SessionPolicyParameters policies,
      Integer durationSeconds) {
    validation
        .required("sAMLAssertion", samlAssertion)
        .length("sAMLAssertion", samlAssertion, 4, 100_000);
    policies.check(validation, SessionPolicyParameters.MAX_POLICY_LENGTH);
    return validation.range("durationSeconds", durationSeconds, 900, 43200);
  }

  /** The assertion is a bearer secret: never let it reach a log through this record. */
  @Override
  public String toString() {
    return "AssumeRoleWithSamlCommand[roleArn=" + roleArn + ", principalArn=" + principalArn + "]";
  }
}
