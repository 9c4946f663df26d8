package org.opensts.application.service;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.opensts.application.port.in.sts.AssumeRoleWithWebIdentityCommand;
import org.opensts.application.port.in.sts.AssumeRoleWithWebIdentityResult;
import org.opensts.application.port.in.sts.AssumeRoleWithWebIdentityUseCase;
import org.opensts.application.port.out.OpenIdConnectProviderStore;
import org.opensts.application.port.out.RoleStore;
import org.opensts.application.port.out.WebIdentityTokenVerifier;
import org.opensts.application.port.out.WebIdentityTokenVerifier.VerifiedWebIdentity;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.credential.SessionContext;
import org.opensts.domain.credential.SessionTags;
import org.opensts.domain.error.AccessDeniedException;
import org.opensts.domain.error.IdentityProviderException;
import org.opensts.domain.iam.OpenIdConnectProvider;
import org.opensts.domain.iam.Role;
import org.opensts.domain.identity.IdentityProviderPrincipal;
import org.opensts.domain.identity.RoleSessionName;
import org.opensts.domain.policy.ConditionKeys;
import org.opensts.domain.policy.PolicySet;

/**
 * AssumeRoleWithWebIdentity: issues temporary credentials for a role whose trust policy names, as
 * its {@code Federated} principal, the OpenID Connect provider that signed the request's ID token.
 * The token is verified completely first; the trust policy then sees the token's {@code sub},
 * {@code aud} and {@code amr} as {@code <provider url>:sub} and so on, and its session tags and
 * source identity need {@code sts:TagSession} and {@code sts:SetSourceIdentity} as with AssumeRole.
 */
final class AssumeRoleWithWebIdentityService implements AssumeRoleWithWebIdentityUseCase {

  static final String ACTION = "sts:AssumeRoleWithWebIdentity";

  private final RoleStore roles;
  private final OpenIdConnectProviderStore providers;
  private final WebIdentityTokenVerifier verifier;
  private final RequestKeys requestKeys;
  private final RoleSessions sessions;
  private final Clock clock;

  AssumeRoleWithWebIdentityService(
      RoleStore roles,
      OpenIdConnectProviderStore providers,
      WebIdentityTokenVerifier verifier,
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
  public AssumeRoleWithWebIdentityResult assumeRoleWithWebIdentity(
      AssumeRoleWithWebIdentityCommand command) {
    // The providers that count are those of the role's account, as IAM registers them there.
    String roleAccount = command.roleArn().account();
    VerifiedWebIdentity identity =
        verifier.verify(
            command.webIdentityToken(),
            url ->
                AccountId.isValid(roleAccount)
                    ? providers.find(AccountId.of(roleAccount), url)
                    : Optional.empty(),
            clock.instant());
    // A role that does not exist is indistinguishable from one that does not trust the token.
    Role role = RoleArns.find(roles, command.roleArn()).orElseThrow(() -> denied(ACTION));
    OpenIdConnectProvider provider = identity.provider();
    String providerArn = provider.arn().toString();
    String sourceIdentity = sourceIdentity(identity.sourceIdentity());
    SessionTags tags =
        SessionTags.of(identity.principalTags(), identity.transitiveTagKeys(), SessionContext.NONE);
    RoleSessions.Request request =
        new RoleSessions.Request(
            role,
            command.roleSessionName(),
            command.durationSeconds(),
            false,
            command.policies(),
            tags,
            sourceIdentity,
            null,
            providerArn);
    ConditionKeys.Builder keys =
        RoleSessions.trustKeys(
                requestKeys.of(command.origin()),
                request,
                identity.transitiveTagKeys(),
                SessionContext.NONE)
            .put(provider.url() + ":sub", identity.subject())
            .put(provider.url() + ":aud", identity.audience())
            .put("aws:FederatedProvider", providerArn);
    if (!identity.amr().isEmpty()) {
      keys.put(provider.url() + ":amr", identity.amr());
    }
    RoleSessions.authorize(
        new IdentityProviderPrincipal(role.account(), provider.arn(), identity.subject()),
        ACTION,
        request,
        PolicySet.identity(List.of()).withTrustPolicy(role.trustPolicy(), role.account()),
        keys.build(),
        AssumeRoleWithWebIdentityService::denied);
    RoleSessions.Issued issued = sessions.issue(request);
    return new AssumeRoleWithWebIdentityResult(
        issued.credentials(),
        identity.subject(),
        identity.audience(),
        providerArn,
        issued.session().arn().toString(),
        issued.session().userId(),
        issued.packedPolicySize(),
        sourceIdentity);
  }

  /** The token's source identity claim must be one STS would accept as a parameter. */
  private static String sourceIdentity(String claimed) {
    if (claimed == null) {
      return null;
    }
    if (claimed.length() < 2
        || claimed.length() > 64
        || !RoleSessionName.PATTERN.matches(claimed)
        || claimed.regionMatches(true, 0, "aws:", 0, 4)) {
      throw IdentityProviderException.invalidIdentityToken(
          "The source identity in the web identity token is invalid");
    }
    return claimed;
  }

  /** AWS's wording for web identity: no principal and no resource in the message. */
  private static AccessDeniedException denied(String action) {
    return AccessDeniedException.because("Not authorized to perform " + action);
  }
}
