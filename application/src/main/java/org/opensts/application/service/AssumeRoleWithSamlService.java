package org.opensts.application.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.opensts.application.port.in.sts.AssumeRoleWithSamlCommand;
import org.opensts.application.port.in.sts.AssumeRoleWithSamlResult;
import org.opensts.application.port.in.sts.AssumeRoleWithSamlUseCase;
import org.opensts.application.port.out.RoleStore;
import org.opensts.application.port.out.SamlAssertionVerifier;
import org.opensts.application.port.out.SamlAssertionVerifier.VerifiedSamlAssertion;
import org.opensts.application.port.out.SamlProviderStore;
import org.opensts.domain.credential.SessionContext;
import org.opensts.domain.credential.SessionTags;
import org.opensts.domain.error.AccessDeniedException;
import org.opensts.domain.error.IdentityProviderException;
import org.opensts.domain.iam.Role;
import org.opensts.domain.iam.SamlProvider;
import org.opensts.domain.identity.IdentityProviderPrincipal;
import org.opensts.domain.identity.RoleSessionName;
import org.opensts.domain.policy.ConditionKeys;
import org.opensts.domain.policy.PolicySet;

/**
 * AssumeRoleWithSAML: issues temporary credentials for a role to the holder of a SAML assertion
 * that a provider registered in IAM signed, when the assertion's Role attribute names the role with
 * that provider and the role's trust policy allows the provider as {@code Federated} principal
 * under the {@code saml:} keys.
 */
final class AssumeRoleWithSamlService implements AssumeRoleWithSamlUseCase {

  static final String ACTION = "sts:AssumeRoleWithSAML";

  private final RoleStore roles;
  private final SamlProviderStore providers;
  private final SamlAssertionVerifier verifier;
  private final RequestKeys requestKeys;
  private final RoleSessions sessions;
  private final Clock clock;

  AssumeRoleWithSamlService(
      RoleStore roles,
      SamlProviderStore providers,
      SamlAssertionVerifier verifier,
      RequestKeys requestKeys,
      RoleSessions sessions,
      Clock clock) {
    this.roles = roles;
    this.providers = providers;
    this.verifier = verifier;
    this.requestKeys = requestKeys;
    this.sessions = sessions;
    this.clock = clock;
  }

  @Override
  public AssumeRoleWithSamlResult assumeRoleWithSaml(AssumeRoleWithSamlCommand command) {
    Instant now = clock.instant();
    SamlProvider provider =
        providers
            .find(command.providerAccount(), command.providerName())
            .orElseThrow(
                () ->
                    IdentityProviderException.invalidIdentityToken(
                        "SAML provider " + command.principalArn() + " does not exist"));
    if (!now.isBefore(provider.validUntil())) {
      throw IdentityProviderException.invalidIdentityToken(
          "The metadata of SAML provider " + command.principalArn() + " has expired");
    }
    VerifiedSamlAssertion assertion = verifier.verify(command.samlAssertion(), provider, now);
    String roleArn = command.roleArn().toString();
    String providerArn = provider.arn().toString();
    if (!namesRole(assertion.roles(), roleArn, providerArn)) {
      throw denied(ACTION);
    }
    // A role that does not exist is indistinguishable from one that does not trust the provider.
    Role role = RoleArns.find(roles, command.roleArn()).orElseThrow(() -> denied(ACTION));
    SessionTags tags =
        SessionTags.of(
            assertion.principalTags(), assertion.transitiveTagKeys(), SessionContext.NONE);
    RoleSessions.Request request =
        new RoleSessions.Request(
            role,
            sessionName(assertion.roleSessionName()),
            durationSeconds(command, assertion, role, now),
            false,
            command.policies(),
            tags,
            sourceIdentity(assertion.sourceIdentity()),
            null,
            providerArn);
    ConditionKeys.Builder keys =
        RoleSessions.trustKeys(
            requestKeys.of(command.origin()),
            request,
            assertion.transitiveTagKeys(),
            SessionContext.NONE);
    SamlConditionKeys.put(keys, assertion, provider);
    IdentityProviderPrincipal principal =
        new IdentityProviderPrincipal(role.account(), provider.arn(), assertion.subject());
    RoleSessions.authorize(
        principal,
        ACTION,
        request,
        PolicySet.identity(List.of()).withTrustPolicy(role.trustPolicy(), role.account()),
        keys.build(),
        AssumeRoleWithSamlService::denied);
    RoleSessions.Issued issued = sessions.issue(request);
    return new AssumeRoleWithSamlResult(
        issued.credentials(),
        issued.session().arn().toString(),
        issued.session().userId(),
        issued.packedPolicySize(),
        assertion.subject(),
        assertion.subjectType(),
        assertion.issuer(),
        assertion.recipient(),
        SamlConditionKeys.nameQualifier(assertion.issuer(), provider),
        request.sourceIdentity());
  }

  /** A Role attribute value is a comma-separated role and provider pair, in either order. */
  static boolean namesRole(List<String> values, String roleArn, String providerArn) {
    return values.stream()
        .map(value -> Arrays.stream(value.split(",")).map(String::strip).toList())
        .anyMatch(
            pair ->
                pair.size() == 2
                    && (pair.equals(List.of(roleArn, providerArn))
                        || pair.equals(List.of(providerArn, roleArn))));
  }

  private static RoleSessionName sessionName(String value) {
    if (value == null) {
      throw IdentityProviderException.invalidIdentityToken(
          "The SAML assertion has no RoleSessionName attribute");
    }
    if (!validName(value)) {
      throw IdentityProviderException.invalidIdentityToken(
          "The SAML assertion's RoleSessionName must be 2 to 64 characters of [\\w+=,.@-]");
    }
    return RoleSessionName.of(value);
  }

  private static String sourceIdentity(String value) {
    if (value != null && !validName(value)) {
      throw IdentityProviderException.invalidIdentityToken(
          "The SAML assertion's SourceIdentity must be 2 to 64 characters of [\\w+=,.@-]");
    }
    return value;
  }

  private static boolean validName(String value) {
    return value.length() >= 2 && value.length() <= 64 && RoleSessionName.PATTERN.matches(value);
  }

  /**
   * DurationSeconds, else the assertion's SessionDuration, else one hour; at most the role's
   * maximum, and cut short at the assertion's SessionNotOnOrAfter.
   */
  private static Integer durationSeconds(
      AssumeRoleWithSamlCommand command, VerifiedSamlAssertion assertion, Role role, Instant now) {
    Integer requested = command.durationSeconds();
    if (requested == null && assertion.sessionDuration() != null) {
      requested = assertion.sessionDuration();
      if (requested < 900 || requested > 43200) {
        throw IdentityProviderException.invalidIdentityToken(
            "The SAML assertion's SessionDuration must be between 900 and 43200 seconds");
      }
    }
    Duration duration = role.sessionDuration(requested, false);
    Instant sessionEnd = assertion.sessionNotOnOrAfter();
    if (sessionEnd != null) {
      Duration left = Duration.between(now, sessionEnd);
      if (left.isNegative() || left.isZero()) {
        throw IdentityProviderException.expired(
            "Token expired: current date/time "
                + now.getEpochSecond()
                + " must be before the expiration date/time "
                + sessionEnd.getEpochSecond());
      }
      if (left.compareTo(duration) < 0) {
        duration = left;
      }
    }
    return Math.toIntExact(duration.toSeconds());
  }

  private static AccessDeniedException denied(String action) {
    return AccessDeniedException.because("Not authorized to perform " + action);
  }
}
