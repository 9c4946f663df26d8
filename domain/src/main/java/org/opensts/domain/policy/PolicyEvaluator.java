package org.opensts.domain.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.opensts.domain.identity.AccountRootPrincipal;
import org.opensts.domain.identity.FederatedUserPrincipal;
import org.opensts.domain.identity.Principal;

/**
 * AWS's policy evaluation logic as one function of a request and its policies:
 *
 * <ol>
 *   <li>An explicit Deny in any policy wins.
 *   <li>A role's trust policy (a required resource policy) must allow.
 *   <li>In the resource's own account, a resource policy naming the caller itself (a user, a
 *       session, everyone) allows outright; naming the role of a role session allows within the
 *       session's boundary and session policies; naming only the account delegates to identity
 *       policies.
 *   <li>Otherwise identity policies must allow (the root always does), and so must the permissions
 *       boundary and the session policies when present — their intersection.
 *   <li>Across accounts, both the resource policy and that intersection must allow.
 * </ol>
 *
 * <p>Sources: IAM User Guide, "Policy evaluation logic" (the same-account table of resource-based
 * policies and implicit denies), "Cross-account policy evaluation logic", "Session policies" and
 * "Permissions boundaries". Every statement is looked at, so that the decision names all the
 * statements that decided it.
 */
public final class PolicyEvaluator {

  private PolicyEvaluator() {}

  public static Decision evaluate(RequestContext request, PolicySet policies) {
    String action = request.action().toLowerCase(Locale.ROOT);
    Layer identity = Layer.scan(request, action, policies.identityPolicies());
    Layer boundary = Layer.scan(request, action, policies.permissionsBoundary().documents());
    Layer session = Layer.scan(request, action, policies.sessionPolicies().documents());
    Layer resource = Layer.scan(request, action, policies.resourcePolicy().documents());

    if (identity.denies != null
        || boundary.denies != null
        || session.denies != null
        || resource.denies != null) {
      return new Decision(
          Decision.Outcome.EXPLICIT_DENY,
          concat(identity.denies, boundary.denies, session.denies, resource.denies));
    }
    PrincipalMatch grant = resource.grant;
    if (policies.resourcePolicyRequired() && grant == PrincipalMatch.NONE) {
      return IMPLICIT_DENY;
    }
    boolean boundaryAllows = !policies.permissionsBoundary().present() || boundary.allows != null;
    boolean sessionAllows = !policies.sessionPolicies().present() || session.allows != null;
    boolean sameAccount =
        policies.resourceAccount() == null
            || policies.resourceAccount().equals(request.principal().account());
    if (sameAccount && grant == PrincipalMatch.DIRECT) {
      return allow(resource.allows, null, null, null);
    }
    if (sameAccount && grant == PrincipalMatch.ROLE && boundaryAllows && sessionAllows) {
      return allow(resource.allows, boundary.allows, session.allows, null);
    }
    boolean identityAllows = actsAsRoot(request.principal()) || identity.allows != null;
    if (!identityAllows || !boundaryAllows || !sessionAllows) {
      return IMPLICIT_DENY;
    }
    if (!sameAccount && grant == PrincipalMatch.NONE) {
      return IMPLICIT_DENY;
    }
    return allow(identity.allows, boundary.allows, session.allows, resource.allows);
  }

  /**
   * The root's requests need no identity policy, and neither do those of a user it federated, whose
   * session policies alone then limit it.
   */
  private static boolean actsAsRoot(Principal principal) {
    return principal instanceof AccountRootPrincipal
        || (principal instanceof FederatedUserPrincipal federated && federated.isRootFederated());
  }

  /** Identity policies alone, as for a request on a resource without a policy of its own. */
  public static Decision evaluate(RequestContext request, List<PolicyDocument> identityPolicies) {
    return evaluate(request, PolicySet.identity(identityPolicies));
  }

  /** No statement decides an implicit deny; the one instance serves every such decision. */
  private static final Decision IMPLICIT_DENY =
      new Decision(Decision.Outcome.IMPLICIT_DENY, List.of());

  private static Decision allow(
      List<Statement> first,
      List<Statement> second,
      List<Statement> third,
      List<Statement> fourth) {
    return new Decision(Decision.Outcome.ALLOW, concat(first, second, third, fourth));
  }

  /** The statements of the lists in order; a null list has none. */
  private static List<Statement> concat(
      List<Statement> first,
      List<Statement> second,
      List<Statement> third,
      List<Statement> fourth) {
    List<Statement> all = new ArrayList<>(4);
    addAll(all, first);
    addAll(all, second);
    addAll(all, third);
    addAll(all, fourth);
    return all;
  }

  private static void addAll(List<Statement> all, List<Statement> part) {
    if (part != null) {
      all.addAll(part);
    }
  }

  /**
   * The statements of one kind of policy that apply to the request (lists stay null until one does,
   * so that a decision allocates little), and the strongest principal grant of its allows.
   */
  private static final class Layer {

    private static final Layer NOTHING = new Layer();

    private List<Statement> allows;
    private List<Statement> denies;
    private PrincipalMatch grant = PrincipalMatch.NONE;

    static Layer scan(
        RequestContext request, String lowerCaseAction, List<PolicyDocument> documents) {
      if (documents.isEmpty()) {
        return NOTHING;
      }
      Layer layer = new Layer();
      int colon = lowerCaseAction.indexOf(':');
      String service = colon < 0 ? lowerCaseAction : lowerCaseAction.substring(0, colon);
      for (int d = 0; d < documents.size(); d++) {
        List<Statement> statements = documents.get(d).statementsFor(service);
        for (int s = 0; s < statements.size(); s++) {
          Statement statement = statements.get(s);
          PrincipalMatch match = statement.appliesTo(request, lowerCaseAction);
          if (match == PrincipalMatch.NONE) {
            continue;
          }
          if (statement.effect() == Effect.DENY) {
            layer.denies = add(layer.denies, statement);
          } else {
            layer.allows = add(layer.allows, statement);
            layer.grant = layer.grant.strongest(match);
          }
        }
      }
      return layer;
    }

    private static List<Statement> add(List<Statement> list, Statement statement) {
      List<Statement> target = list == null ? new ArrayList<>(2) : list;
      target.add(statement);
      return target;
    }
  }
}
