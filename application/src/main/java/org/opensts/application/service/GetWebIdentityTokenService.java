package org.opensts.application.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import org.opensts.application.port.in.sts.GetWebIdentityTokenCommand;
import org.opensts.application.port.in.sts.GetWebIdentityTokenResult;
import org.opensts.application.port.in.sts.GetWebIdentityTokenUseCase;
import org.opensts.application.port.out.OutboundFederationStore;
import org.opensts.application.port.out.WebTokenSigningKeyRing;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.credential.SessionCaller;
import org.opensts.domain.credential.SessionContext;
import org.opensts.domain.error.OutboundFederationException;
import org.opensts.domain.identity.Arn;
import org.opensts.domain.identity.AssumedRolePrincipal;
import org.opensts.domain.identity.Principal;
import org.opensts.domain.identity.RandomUuids;
import org.opensts.domain.identity.Tag;
import org.opensts.domain.policy.ConditionKeys;
import org.opensts.domain.webtoken.JsonWebToken;
import org.opensts.domain.webtoken.OutboundFederation;
import org.opensts.domain.webtoken.WebIdentityTokenClaims;
import org.opensts.domain.webtoken.WebIdentityTokenClaims.AwsClaims;

/**
 * GetWebIdentityToken: the caller's policies must allow {@code sts:GetWebIdentityToken} on {@code
 * arn:aws:sts::ACCOUNT:self} (and {@code sts:TagGetWebIdentityToken} when it passes tags), its
 * account must have enabled outbound federation, and the token may not outlive the caller's
 * session. The token then names the caller (a role session by its role) and carries what AWS's
 * tokens carry.
 */
final class GetWebIdentityTokenService implements GetWebIdentityTokenUseCase {

  static final String ACTION = "sts:GetWebIdentityToken";
  static final String TAG_ACTION = "sts:TagGetWebIdentityToken";

  private final CallerPermissions permissions;
  private final RequestKeys requestKeys;
  private final PrincipalDirectory directory;
  private final OutboundFederationStore federations;
  private final WebTokenSigningKeyRing signingKeys;
  private final Clock clock;
  private final RandomGenerator random;
  private final String region;
  private final Supplier<String> issuerBaseUrl;

  GetWebIdentityTokenService(
      CallerPermissions permissions,
      RequestKeys requestKeys,
      PrincipalDirectory directory,
      OutboundFederationStore federations,
      WebTokenSigningKeyRing signingKeys,
      Clock clock,
      RandomGenerator random,
      String region,
      Supplier<String> issuerBaseUrl) {
    this.permissions = permissions;
    this.requestKeys = requestKeys;
    this.directory = directory;
    this.federations = federations;
    this.signingKeys = signingKeys;
    this.clock = clock;
    this.random = random;
    this.region = region;
    this.issuerBaseUrl = issuerBaseUrl;
  }

  @Override
  public GetWebIdentityTokenResult getWebIdentityToken(GetWebIdentityTokenCommand command) {
    Caller caller = command.caller();
    Principal principal = caller.principal();
    String resource = Arn.sts(principal.account().value(), "self").toString();
    ConditionKeys keys =
        RequestKeys.withRequestTags(requestKeys.of(caller), command.tags())
            .put("sts:IdentityTokenAudience", command.audience())
            .put("sts:DurationSeconds", Long.toString(command.duration().toSeconds()))
            .put("sts:SigningAlgorithm", command.signingAlgorithm())
            .build();
    permissions.require(caller, ACTION, resource, keys);
    if (!command.tags().isEmpty()) {
      permissions.require(caller, TAG_ACTION, resource, keys);
    }
    OutboundFederation federation =
        federations
            .find(principal.account())
            .filter(OutboundFederation::enabled)
            .orElseThrow(OutboundFederationException::disabled);
    Instant now = clock.instant();
    Instant expiresAt = now.plus(command.duration());
    Instant sessionExpiry =
        caller instanceof SessionCaller session ? session.session().expiresAt() : null;
    if (sessionExpiry != null && expiresAt.isAfter(sessionExpiry)) {
      throw OutboundFederationException.sessionDurationEscalation();
    }
    String subject = subject(principal);
    SessionContext context = CallerPermissions.contextOf(caller);
    WebIdentityTokenClaims claims =
        new WebIdentityTokenClaims(
            federation.issuerUrl(issuerBaseUrl.get()),
            subject,
            command.audience(),
            now,
            expiresAt,
            RandomUuids.next(random),
            new AwsClaims(
                principal.account().value(),
                region,
                subject,
                principalTags(principal, context),
                sessionExpiry,
                context.sourceIdentity(),
                context.federatedProvider(),
                command.tags()));
    String token = JsonWebToken.sign(claims, signingKeys.current(command.algorithm(), now));
    return new GetWebIdentityTokenResult(token, expiresAt);
  }

  /** AWS names a role session by its role, as {@code aws:PrincipalArn} does. */
  private static String subject(Principal principal) {
    return principal instanceof AssumedRolePrincipal session
        ? session.roleArn().toString()
        : principal.arn().toString();
  }

  /** The session's tags when it has any (AWS: they win), else the user's or role's own. */
  private List<Tag> principalTags(Principal principal, SessionContext context) {
    return context.tags().isEmpty() ? directory.tags(principal) : context.tags();
  }
}
