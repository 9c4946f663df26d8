package org.opensts.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.opensts.domain.error.IdentityProviderException;
import org.opensts.domain.iam.SamlProvider;
import org.opensts.domain.identity.Tag;

/**
 * Verifies a SAML 2.0 response for AssumeRoleWithSAML completely: signed by a certificate of the
 * provider's metadata (never a key the message brings), the signature covering the very assertion
 * whose content is used, from the provider's issuer, for AWS's sign-in endpoint, and within its
 * times. The request is unsigned, so the assertion is the only proof of who calls.
 */
public interface SamlAssertionVerifier {

  /**
   * @param samlResponse the base64 {@code samlp:Response} as AssumeRoleWithSAML receives it
   * @param provider the SAML provider the request's {@code PrincipalArn} names
   * @param now the time {@code NotBefore} and {@code NotOnOrAfter} are checked against
   * @throws IdentityProviderException with AWS's codes and messages: {@code InvalidIdentityToken}
   *     (a malformed or unsigned response, "Response signature invalid", "Issuer not present in
   *     specified provider", another recipient or audience), {@code ExpiredTokenException} (past
   *     {@code NotOnOrAfter})
   */
  VerifiedSamlAssertion verify(String samlResponse, SamlProvider provider, Instant now);

  /**
   * What a verified assertion says.
   *
   * @param issuer the assertion's {@code Issuer}, the provider's entity id
   * @param subject the {@code NameID} text
   * @param subjectType the NameID format as AWS reports it: {@code persistent}, {@code transient},
   *     or the full format URI for the others
   * @param recipient the {@code SubjectConfirmationData Recipient}, AWS's {@code Audience} and
   *     {@code saml:aud}
   * @param roles the values of the {@code https://aws.amazon.com/SAML/Attributes/Role} attribute,
   *     each a comma-separated pair of a role ARN and a provider ARN, in either order
   * @param roleSessionName the {@code RoleSessionName} attribute, or null
   * @param sessionDuration the {@code SessionDuration} attribute in seconds, or null
   * @param sessionNotOnOrAfter the {@code AuthnStatement SessionNotOnOrAfter}, or null
   * @param principalTags the {@code PrincipalTag:<key>} attributes
   * @param transitiveTagKeys the {@code TransitiveTagKeys} attribute's values
   * @param sourceIdentity the {@code SourceIdentity} attribute, or null
   * @param attributes every attribute by its name, for the {@code saml:} condition keys
   */
  record VerifiedSamlAssertion(
      String issuer,
      String subject,
      String subjectType,
      String recipient,
      List<String> roles,
      String roleSessionName,
      Integer sessionDuration,
      Instant sessionNotOnOrAfter,
      List<Tag> principalTags,
      List<String> transitiveTagKeys,
      String sourceIdentity,
      Map<String, List<String>> attributes) {

    public VerifiedSamlAssertion {
      Objects.requireNonNull(issuer, "issuer");
      Objects.requireNonNull(subject, "subject");
      Objects.requireNonNull(subjectType, "subjectType");
      Objects.requireNonNull(recipient, "recipient");
      roles = List.copyOf(roles);
      principalTags = List.copyOf(principalTags);
      transitiveTagKeys = List.copyOf(transitiveTagKeys);
      attributes = Map.copyOf(attributes);
    }
  }
}
