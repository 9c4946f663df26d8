package org.opensts.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.opensts.domain.error.IdentityProviderException;
import org.opensts.domain.iam.OpenIdConnectProvider;
import org.opensts.domain.identity.Tag;

/**
 * Verifies an OpenID Connect ID token (a JWT) for AssumeRoleWithWebIdentity completely: a provider
 * is registered for its issuer, it is signed with an allowed asymmetric algorithm by a key the
 * issuer publishes, it is meant for one of the provider's audiences, and it is within its times.
 * The request is unsigned, so the token is the only proof of who calls.
 */
public interface WebIdentityTokenVerifier {

  /**
   * @param providers the account's provider registered for an issuer URL without its scheme (as
   *     {@link OpenIdConnectProvider#url()} keeps it), if there is one
   * @param now the time {@code exp}, {@code nbf} and {@code iat} are checked against
   * @throws IdentityProviderException with AWS's codes and messages: {@code InvalidIdentityToken}
   *     for a malformed token, a forbidden algorithm, a bad signature, an unknown key, no provider
   *     for the issuer, another audience or no subject; {@code ExpiredTokenException} for an
   *     expired token; {@code IDPCommunicationError} when the issuer's keys cannot be fetched for a
   *     reason that may pass
   */
  VerifiedWebIdentity verify(
      String token, Function<String, Optional<OpenIdConnectProvider>> providers, Instant now);

  /**
   * What a verified token says.
   *
   * @param provider the provider registered for the token's issuer
   * @param subject {@code sub}
   * @param audience the client id the token was issued for, one of the provider's
   * @param amr {@code amr}, empty when the token has none
   * @param principalTags {@code principal_tags} of the {@code https://aws.amazon.com/tags} claim
   * @param transitiveTagKeys {@code transitive_tag_keys} of that claim
   * @param sourceIdentity the {@code https://aws.amazon.com/source_identity} claim, or null
   */
  record VerifiedWebIdentity(
      OpenIdConnectProvider provider,
      String subject,
      String audience,
      List<String> amr,
      List<Tag> principalTags,
      List<String> transitiveTagKeys,
      String sourceIdentity) {

    public VerifiedWebIdentity {
      Objects.requireNonNull(provider, "provider");
      Objects.requireNonNull(subject, "subject");
      Objects.requireNonNull(audience, "audience");
      amr = List.copyOf(amr);
      principalTags = List.copyOf(principalTags);
      transitiveTagKeys = List.copyOf(transitiveTagKeys);
    }
  }
}
