package org.opensts.adapter.http.iam;

import java.util.List;
import java.util.Map;
import org.opensts.adapter.http.query.QueryAction;
import org.opensts.adapter.http.xml.QueryResponse;
import org.opensts.adapter.http.xml.ResultResponse;
import org.opensts.application.port.in.iam.DeleteRolePolicyCommand;
import org.opensts.application.port.in.iam.DeleteUserPolicyCommand;
import org.opensts.application.port.in.iam.GetRolePolicyCommand;
import org.opensts.application.port.in.iam.GetRolePolicyResult;
import org.opensts.application.port.in.iam.GetUserPolicyCommand;
import org.opensts.application.port.in.iam.GetUserPolicyResult;
import org.opensts.application.port.in.iam.ListRolePoliciesCommand;
import org.opensts.application.port.in.iam.ListRolePoliciesResult;
import org.opensts.application.port.in.iam.ListUserPoliciesCommand;
import org.opensts.application.port.in.iam.ListUserPoliciesResult;
import org.opensts.application.port.in.iam.PutRolePolicyCommand;
import org.opensts.application.port.in.iam.PutUserPolicyCommand;

/** IAM's inline policy actions, for users and for roles. */
final class InlinePolicyActions {

  private InlinePolicyActions() {}

  static Map<String, QueryAction> of(IamApi.InlinePolicyUseCases iam) {
    return Map.of(
        "PutUserPolicy",
        (p, caller) -> {
          iam.putUserPolicy()
              .putUserPolicy(
                  new PutUserPolicyCommand(
                      caller,
                      p.getOrNull("UserName"),
                      p.getOrNull("PolicyName"),
                      p.getOrNull("PolicyDocument")));
          return QueryResponse.empty("PutUserPolicy");
        },
        "GetUserPolicy",
        (p, caller) -> {
          GetUserPolicyResult policy =
              iam.getUserPolicy()
                  .getUserPolicy(
                      new GetUserPolicyCommand(
                          caller, p.getOrNull("UserName"), p.getOrNull("PolicyName")));
          return new ResultResponse(
              "GetUserPolicy",
              d ->
                  d.element("UserName", policy.userName())
                      .element("PolicyName", policy.policyName())
                      .element("PolicyDocument", IamXml.policyDocument(policy.policyDocument())));
        },
        "DeleteUserPolicy",
        (p, caller) -> {
          iam.deleteUserPolicy()
              .deleteUserPolicy(
                  new DeleteUserPolicyCommand(
                      caller, p.getOrNull("UserName"), p.getOrNull("PolicyName")));
          return QueryResponse.empty("DeleteUserPolicy");
        },
        "ListUserPolicies",
        (p, caller) -> {
          ListUserPoliciesResult result =
              iam.listUserPolicies()
                  .listUserPolicies(
                      new ListUserPoliciesCommand(
                          caller,
                          p.getOrNull("UserName"),
                          p.getOrNull("Marker"),
                          p.integer("MaxItems")));
          return policyNames(
              "ListUserPolicies", result.policyNames(), result.truncated(), result.marker());
        },
        "PutRolePolicy",
        (p, caller) -> {
          iam.putRolePolicy()
              .putRolePolicy(
                  new PutRolePolicyCommand(
                      caller,
                      p.getOrNull("RoleName"),
                      p.getOrNull("PolicyName"),
                      p.getOrNull("PolicyDocument")));
          return QueryResponse.empty("PutRolePolicy");
        },
        "GetRolePolicy",
        (p, caller) -> {
          GetRolePolicyResult policy =
              iam.getRolePolicy()
                  .getRolePolicy(
                      new GetRolePolicyCommand(
                          caller, p.getOrNull("RoleName"), p.getOrNull("PolicyName")));
          return new ResultResponse(
              "GetRolePolicy",
              d ->
                  d.element("RoleName", policy.roleName())
                      .element("PolicyName", policy.policyName())
                      .element("PolicyDocument", IamXml.policyDocument(policy.policyDocument())));
        },
        "DeleteRolePolicy",
        (p, caller) -> {
          iam.deleteRolePolicy()
              .deleteRolePolicy(
                  new DeleteRolePolicyCommand(
                      caller, p.getOrNull("RoleName"), p.getOrNull("PolicyName")));
          return QueryResponse.empty("DeleteRolePolicy");
        },
        "ListRolePolicies",
        (p, caller) -> {
          ListRolePoliciesResult result =
              iam.listRolePolicies()
                  .listRolePolicies(
                      new ListRolePoliciesCommand(
                          caller,
                          p.getOrNull("RoleName"),
                          p.getOrNull("Marker"),
                          p.integer("MaxItems")));
          return policyNames(
              "ListRolePolicies", result.policyNames(), result.truncated(), result.marker());
        });
  }

  private static QueryResponse policyNames(
      String action, List<String> names, boolean truncated, String marker) {
    return new ResultResponse(
        action,
        d -> {
          d.start("PolicyNames");
          names.forEach(name -> d.element("member", name));
          d.end();
          IamXml.pagination(d, truncated, marker);
        });
  }
}
