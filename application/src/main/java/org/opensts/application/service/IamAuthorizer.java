package org.opensts.application.service;

import org.opensts.domain.credential.Caller;
import org.opensts.domain.credential.SessionCaller;
import org.opensts.domain.error.AccessDeniedException;
import org.opensts.domain.error.AuthenticationException;
import org.opensts.domain.identity.AccountRootPrincipal;
import org.opensts.domain.identity.AssumedRolePrincipal;
import org.opensts.domain.identity.FederatedUserPrincipal;
import org.opensts.domain.identity.Principal;
import org.opensts.domain.policy.Decision;

/**
 * Decides every IAM admin request with the policy engine: the root may do anything in its own
 * account; users and role sessions need their policies (identity, boundary, session) to allow the
 * {@code iam:} action on the resource; nobody reaches into another account. IAM accepts no
 * federated users' sessions, and GetSessionToken sessions only when they were issued with MFA, as
 * AWS documents. A root session from AssumeRoot is the root limited by its task policy.
 */
final class IamAuthorizer {

  private final CallerPermissions permissions;
  private final RequestKeys requestKeys;

  IamAuthorizer(CallerPermissions permissions, RequestKeys requestKeys) {
    this.permissions = permissions;
    this.requestKeys = requestKeys;
  }

  /**
   * @param action such as {@code iam:CreateUser}
   * @param resourceArn the entity acted on, in the caller's account
   */
  void authorize(Caller caller, String action, String resourceArn) {
    Principal principal = caller.principal();
    if (caller instanceof SessionCaller session && !acceptsSession(session)) {
      throw AuthenticationException.invalidClientTokenId();
    }
    if (principal instanceof AccountRootPrincipal && !rootTaskSession(caller)) {
      return;
    }
    Decision decision =
        permissions.decide(caller, action, resourceArn, requestKeys.of(caller).build());
    if (!decision.isAllowed()) {
      throw AccessDeniedException.notAuthorized(
          principal.arn().toString(), action, resourceArn, decision.isExplicitDeny());
    }
  }

  private static boolean acceptsSession(SessionCaller caller) {
    Principal principal = caller.principal();
    return principal instanceof AssumedRolePrincipal
        || rootTaskSession(caller)
        || (!(principal instanceof FederatedUserPrincipal)
            && caller.session().context().isMfaAuthenticated());
  }

  /** A root session from AssumeRoot: IAM takes it, within what its task policy leaves. */
  private static boolean rootTaskSession(Caller caller) {
    return CallerPermissions.contextOf(caller).hasTaskPolicy();
  }
}
