package org.opensts.application.service;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.opensts.application.port.in.sts.GetDelegatedAccessTokenCommand;
import org.opensts.application.port.in.sts.GetDelegatedAccessTokenResult;
import org.opensts.application.port.in.sts.GetDelegatedAccessTokenUseCase;
import org.opensts.application.port.out.KeyRing;
import org.opensts.application.port.out.RoleStore;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.credential.SessionContext;
import org.opensts.domain.credential.TemporaryCredentials;
import org.opensts.domain.credential.TradeInToken;
import org.opensts.domain.credential.TradeInTokenCodec;
import org.opensts.domain.error.AccessDeniedException;
import org.opensts.domain.error.TradeInTokenException;
import org.opensts.domain.iam.Role;
import org.opensts.domain.identity.AssumedRolePrincipal;

/**
 * GetDelegatedAccessToken: a principal of the partner account the token names, allowed {@code
 * sts:GetDelegatedAccessToken}, trades the token in for credentials of the customer identity that
 * granted it, with the granted policy as their session policy, so that they may do only what both
 * that identity's own policies and the grant allow. A token may be traded in as often as it is
 * valid: making it single-use would need a store of spent tokens.
 */
final class GetDelegatedAccessTokenService implements GetDelegatedAccessTokenUseCase {

  static final String ACTION = "sts:GetDelegatedAccessToken";
  private static final String RESOURCE = "*";

  private final CallerPermissions permissions;
  private final RequestKeys requestKeys;
  private final RoleStore roles;
  private final KeyRing keyRing;
  private final CredentialIssuer issuer;
  private final Clock clock;

  GetDelegatedAccessTokenService(
      CallerPermissions permissions,
      RequestKeys requestKeys,
      RoleStore roles,
      KeyRing keyRing,
      CredentialIssuer issuer,
      Clock clock) {
    this.permissions = permissions;
    this.requestKeys = requestKeys;
    this.roles = roles;
    this.keyRing = keyRing;
    this.issuer = issuer;
    this.clock = clock;
  }

  @Override
  public GetDelegatedAccessTokenResult getDelegatedAccessToken(
      GetDelegatedAccessTokenCommand command) {
    Caller caller = command.caller();
    authorize(caller);
    TradeInToken token = TradeInTokenCodec.open(command.tradeInToken(), keyRing::find);
    // Before the expiry, so that another account learns nothing about the token.
    if (!token.partner().equals(caller.principal().account())) {
      throw AccessDeniedException.because(
          "The trade-in token was not issued to account " + caller.principal().account().value());
    }
    if (token.isExpiredAt(clock.instant())) {
      throw TradeInTokenException.expired();
    }
    SessionContext context =
        new SessionContext(
            List.of(token.policy()),
            List.of(),
            List.of(),
            null,
            token.mfaAuthenticatedAt(),
            null,
            null);
    TemporaryCredentials credentials =
        issuer.issue(token.assumedPrincipal(), duration(token), context);
    return new GetDelegatedAccessTokenResult(credentials, token.assumedPrincipalArn().toString());
  }

  /** Before the token is opened, so that a caller without the right learns nothing from it. */
  private void authorize(Caller caller) {
    permissions.require(caller, ACTION, RESOURCE, requestKeys.of(caller).build());
  }

  /** The granted duration, within the role's maximum session duration for a role's permissions. */
  private Duration duration(TradeInToken token) {
    Duration granted = token.sessionDuration();
    if (token.assumedPrincipal() instanceof AssumedRolePrincipal session) {
      return roles
          .find(session.account(), session.roleName())
          .map(Role::maxSessionDuration)
          .filter(max -> max.compareTo(granted) < 0)
          .orElse(granted);
    }
    return granted;
  }
}
