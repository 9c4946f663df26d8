package org.opensts.application.service;

import org.opensts.domain.credential.Caller;
import org.opensts.domain.credential.SessionCaller;
import org.opensts.domain.credential.SessionContext;
import org.opensts.domain.identity.FederatedUserPrincipal;
import org.opensts.domain.identity.Principal;
import org.opensts.domain.policy.ConditionKeys;
import org.opensts.domain.policy.Decision;
import org.opensts.domain.policy.PolicyEvaluator;
import org.opensts.domain.policy.PolicyLayer;
import org.opensts.domain.policy.PolicySet;
import org.opensts.domain.policy.RequestContext;

/**
 * The policies that govern a caller's own requests: its identity policies and permissions boundary
 * from the stores, and the session policies its session carries. A federated user always has a
 * session layer, empty when it was given no policy, because AWS gives such a session nothing.
 */
final class CallerPermissions {

  private final PrincipalDirectory directory;
  private final SessionPolicyDocuments sessionPolicies;

  CallerPermissions(PrincipalDirectory directory, SessionPolicyDocuments sessionPolicies) {
    this.directory = directory;
    this.sessionPolicies = sessionPolicies;
  }

  PolicySet policies(Caller caller) {
    Principal principal = caller.principal();
    PolicySet policies =
        PolicySet.identity(directory.identityPolicies(principal))
            .withPermissionsBoundary(directory.permissionsBoundary(principal));
    SessionContext context = contextOf(caller);
    if (context.hasSessionPolicies() || principal instanceof FederatedUserPrincipal) {
      policies =
          policies.withSessionPolicies(
              PolicyLayer.of(sessionPolicies.of(context.sessionPolicies())));
    }
    return policies;
  }

  /** The decision for a request on a resource of the caller's own account without a policy. */
  Decision decide(Caller caller, String action, String resource, ConditionKeys keys) {
    return PolicyEvaluator.evaluate(
        new RequestContext(caller.principal(), action, resource, keys), policies(caller));
  }

  static SessionContext contextOf(Caller caller) {
    return caller instanceof SessionCaller session
        ? session.session().context()
        : SessionContext.NONE;
  }
}
