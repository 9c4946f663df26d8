package org.opensts.application.service;

import java.util.ArrayList;
import java.util.List;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.credential.SessionCaller;
import org.opensts.domain.credential.SessionContext;
import org.opensts.domain.error.AccessDeniedException;
import org.opensts.domain.identity.FederatedUserPrincipal;
import org.opensts.domain.identity.Principal;
import org.opensts.domain.organization.RootTaskPolicy;
import org.opensts.domain.policy.ConditionKeys;
import org.opensts.domain.policy.Decision;
import org.opensts.domain.policy.PolicyDocument;
import org.opensts.domain.policy.PolicyEvaluator;
import org.opensts.domain.policy.PolicyLayer;
import org.opensts.domain.policy.PolicySet;
import org.opensts.domain.policy.RequestContext;

/**
 * The policies that govern a caller's own requests: its identity policies and permissions boundary
 * from the stores, and the session policies its session carries. A federated user always has a
 * session layer, empty when it was given no policy, because AWS gives such a session nothing. A
 * root session from AssumeRoot is limited by its task policy.
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
    SessionContext context = contextOf(caller);
    PolicySet policies =
        PolicySet.identity(identityPolicies(principal, context))
            .withPermissionsBoundary(directory.permissionsBoundary(principal));
    if (context.hasSessionPolicies() || principal instanceof FederatedUserPrincipal) {
      policies =
          policies.withSessionPolicies(
              PolicyLayer.of(sessionPolicies.of(context.sessionPolicies())));
    }
    return policies;
  }

  /**
   * A root session's task policy joins the root's identity layer: it only denies, and the root is
   * allowed whatever it does not deny. As a session policy it would allow nothing.
   */
  private List<PolicyDocument> identityPolicies(Principal principal, SessionContext context) {
    List<PolicyDocument> identity = directory.identityPolicies(principal);
    if (!context.hasTaskPolicy()) {
      return identity;
    }
    List<PolicyDocument> withTask = new ArrayList<>(identity);
    withTask.addAll(sessionPolicies.of(List.of(taskPolicyDocument(context.taskPolicyArn()))));
    return withTask;
  }

  /** Sessions are issued only with a task policy of the catalog, and the token is sealed. */
  private static String taskPolicyDocument(String arn) {
    return RootTaskPolicy.withArn(arn)
        .map(RootTaskPolicy::document)
        .orElseThrow(() -> new IllegalStateException("Not a root task policy: " + arn));
  }

  /** The decision for a request on a resource of the caller's own account without a policy. */
  Decision decide(Caller caller, String action, String resource, ConditionKeys keys) {
    return PolicyEvaluator.evaluate(
        new RequestContext(caller.principal(), action, resource, keys), policies(caller));
  }

  /**
   * Refuses, with AWS's AccessDenied, a request its caller's own policies do not allow. The root
   * passes unless its session carries a task policy that denies the action.
   */
  void require(Caller caller, String action, String resource, ConditionKeys keys) {
    Decision decision = decide(caller, action, resource, keys);
    if (!decision.isAllowed()) {
      throw AccessDeniedException.notAuthorized(
          caller.principal().arn().toString(), action, resource, decision.isExplicitDeny());
    }
  }

  static SessionContext contextOf(Caller caller) {
    return caller instanceof SessionCaller session
        ? session.session().context()
        : SessionContext.NONE;
  }
}
