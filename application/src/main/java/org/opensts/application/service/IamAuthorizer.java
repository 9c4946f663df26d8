package org.opensts.application.service;

import org.opensts.domain.credential.Caller;
import org.opensts.domain.credential.SessionCaller;
import org.opensts.domain.error.AccessDeniedException;
import org.opensts.domain.error.AuthenticationException;
import org.opensts.domain.identity.AccountRootPrincipal;
import org.opensts.domain.identity.AssumedRolePrincipal;
import org.opensts.domain.identity.Principal;
import org.opensts.domain.policy.Decision;
import org.opensts.domain.policy.PolicyEvaluator;
import org.opensts.domain.policy.PolicySet;
import org.opensts.domain.policy.RequestContext;

/**
 * Decides every IAM admin request with the policy engine: the root may do anything in its own
 * account; users and role sessions need an identity policy allowing the {@code iam:} action on the
 * resource; nobody reaches into another account. Sessions from GetSessionToken are not accepted by
 * IAM at all (MFA-less session credentials, as AWS refuses them).
 */
final class IamAuthorizer {

  private final PrincipalDirectory directory;
  private final RequestKeys requestKeys;

  IamAuthorizer(PrincipalDirectory directory, RequestKeys requestKeys) {
    this.directory = directory;
    this.requestKeys = requestKeys;
  }

  /**
   * @param action such as {@code iam:CreateUser}
   * @param resourceArn the entity acted on, in the caller's account
   */
  void authorize(Caller caller, String action, String resourceArn) {
    Principal principal = caller.principal();
    if (caller instanceof SessionCaller && !(principal instanceof AssumedRolePrincipal)) {
      throw AuthenticationException.invalidClientTokenId();
    }
    if (principal instanceof AccountRootPrincipal) {
      return;
    }
    RequestContext request =
        new RequestContext(principal, action, resourceArn, requestKeys.of(caller).build());
    Decision decision =
        PolicyEvaluator.evaluate(
            request,
            PolicySet.identity(directory.identityPolicies(principal))
                .withPermissionsBoundary(directory.permissionsBoundary(principal)));
    if (!decision.isAllowed()) {
      throw AccessDeniedException.notAuthorized(
          principal.arn().toString(), action, resourceArn, decision.isExplicitDeny());
    }
  }
}
