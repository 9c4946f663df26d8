package org.opensts.domain.credential;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.identity.Arn;
import org.opensts.domain.identity.AssumedRolePrincipal;
import org.opensts.domain.identity.IamUserPrincipal;
import org.opensts.domain.identity.Principal;

/**
 * What a customer grants a partner through IAM's temporary delegation, and what the partner trades
 * in with GetDelegatedAccessToken: the customer identity that accepted, the partner account that
 * may exchange the grant, the permissions granted (a policy applied as a session policy, so that
 * the delegated session never exceeds the identity's own permissions) and how long the delegated
 * session lasts.
 *
 * @param id unique per grant, so that two grants never seal to related text
 * @param assumedPrincipal the identity that accepted: an IAM user, or a role session, whose role's
 *     permissions are then delegated
 * @param partner the only account whose principals may exchange the token
 * @param policy the permissions granted, a policy document's text
 * @param sessionDuration how long the delegated credentials last, 300–43200 seconds
 * @param mfaAuthenticatedAt when the accepting identity had authenticated with MFA; null without
 * @param expiresAt the last instant the token may be exchanged
 */
public record TradeInToken(
    String id,
    Principal assumedPrincipal,
    AccountId partner,
    String policy,
    Duration sessionDuration,
    Instant mfaAuthenticatedAt,
    Instant expiresAt) {

  public static final Duration MIN_SESSION_DURATION = Duration.ofSeconds(300);
  public static final Duration MAX_SESSION_DURATION = Duration.ofSeconds(43200);

  public TradeInToken {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(assumedPrincipal, "assumedPrincipal");
    if (!(assumedPrincipal instanceof IamUserPrincipal)
        && !(assumedPrincipal instanceof AssumedRolePrincipal)) {
      throw new IllegalArgumentException("Only IAM users and role sessions delegate access");
    }
    Objects.requireNonNull(partner, "partner");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(sessionDuration, "sessionDuration");
    if (sessionDuration.compareTo(MIN_SESSION_DURATION) < 0
        || sessionDuration.compareTo(MAX_SESSION_DURATION) > 0) {
      throw new IllegalArgumentException("A delegated session lasts 300 to 43200 seconds");
    }
    Objects.requireNonNull(expiresAt, "expiresAt");
  }

  /** The token may no longer be exchanged from this instant on. */
  public boolean isExpiredAt(Instant now) {
    return now.isAfter(expiresAt);
  }

  /**
   * The IAM entity whose permissions are delegated, as {@code AssumedPrincipal} names it: the user,
   * or the role of a role session.
   */
  public Arn assumedPrincipalArn() {
    return assumedPrincipal instanceof AssumedRolePrincipal session
        ? session.roleArn()
        : assumedPrincipal.arn();
  }
}
