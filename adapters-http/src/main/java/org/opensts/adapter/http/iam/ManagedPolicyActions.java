package org.opensts.adapter.http.iam;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.opensts.adapter.http.query.QueryAction;
import org.opensts.adapter.http.query.QueryParameters;
import org.opensts.adapter.http.xml.QueryResponse;
import org.opensts.adapter.http.xml.ResultResponse;
import org.opensts.adapter.http.xml.XmlDocument;
import org.opensts.application.port.in.iam.AttachRolePolicyCommand;
import org.opensts.application.port.in.iam.AttachUserPolicyCommand;
import org.opensts.application.port.in.iam.CreatePolicyCommand;
import org.opensts.application.port.in.iam.DeletePolicyCommand;
import org.opensts.application.port.in.iam.DetachRolePolicyCommand;
import org.opensts.application.port.in.iam.DetachUserPolicyCommand;
import org.opensts.application.port.in.iam.GetPolicyCommand;
import org.opensts.application.port.in.iam.GetPolicyVersionCommand;
import org.opensts.application.port.in.iam.GetPolicyVersionResult;
import org.opensts.application.port.in.iam.ListAttachedRolePoliciesCommand;
import org.opensts.application.port.in.iam.ListAttachedRolePoliciesResult;
import org.opensts.application.port.in.iam.ListAttachedUserPoliciesCommand;
import org.opensts.application.port.in.iam.ListAttachedUserPoliciesResult;
import org.opensts.application.port.in.iam.ListPoliciesCommand;
import org.opensts.application.port.in.iam.ListPoliciesResult;
import org.opensts.domain.error.InvalidRequestException;
import org.opensts.domain.iam.ManagedPolicy;

/** IAM's managed policy actions: CreatePolicy … ListAttachedRolePolicies. */
final class ManagedPolicyActions {

  private ManagedPolicyActions() {}

  static Map<String, QueryAction> of(IamApi.ManagedPolicyUseCases iam) {
    return Map.ofEntries(
        Map.entry(
            "CreatePolicy",
            (p, caller) -> {
              ManagedPolicy policy =
                  iam.createPolicy()
                      .createPolicy(
                          new CreatePolicyCommand(
                              caller,
                              p.getOrNull("PolicyName"),
                              p.getOrNull("Path"),
                              p.getOrNull("PolicyDocument"),
                              p.getOrNull("Description"),
                              p.tags("Tags")))
                      .policy();
              return new ResultResponse("CreatePolicy", d -> policyElement(d, policy, true));
            }),
        Map.entry(
            "GetPolicy",
            (p, caller) -> {
              ManagedPolicy policy =
                  iam.getPolicy()
                      .getPolicy(new GetPolicyCommand(caller, p.getOrNull("PolicyArn")))
                      .policy();
              return new ResultResponse("GetPolicy", d -> policyElement(d, policy, true));
            }),
        Map.entry(
            "GetPolicyVersion",
            (p, caller) -> {
              GetPolicyVersionResult version =
                  iam.getPolicyVersion()
                      .getPolicyVersion(
                          new GetPolicyVersionCommand(
                              caller, p.getOrNull("PolicyArn"), p.getOrNull("VersionId")));
              return new ResultResponse(
                  "GetPolicyVersion",
                  d ->
                      d.start("PolicyVersion")
                          .element("Document", IamXml.policyDocument(version.document()))
                          .element("VersionId", version.versionId())
                          .element("IsDefaultVersion", Boolean.toString(version.defaultVersion()))
                          .element("CreateDate", XmlDocument.timestamp(version.createDate()))
                          .end());
            }),
        Map.entry(
            "DeletePolicy",
            (p, caller) -> {
              iam.deletePolicy()
                  .deletePolicy(new DeletePolicyCommand(caller, p.getOrNull("PolicyArn")));
              return QueryResponse.empty("DeletePolicy");
            }),
        Map.entry(
            "ListPolicies",
            (p, caller) -> {
              ListPoliciesResult result =
                  iam.listPolicies()
                      .listPolicies(
                          new ListPoliciesCommand(
                              caller,
                              p.getOrNull("Scope"),
                              bool(p, "OnlyAttached"),
                              p.getOrNull("PathPrefix"),
                              p.getOrNull("Marker"),
                              p.integer("MaxItems")));
              return new ResultResponse(
                  "ListPolicies",
                  d -> {
                    d.start("Policies");
                    for (ManagedPolicy policy : result.policies()) {
                      d.start("member");
                      policy(d, policy, false);
                      d.end();
                    }
                    d.end();
                    IamXml.pagination(d, result.truncated(), result.marker());
                  });
            }),
        Map.entry(
            "AttachUserPolicy",
            (p, caller) -> {
              iam.attachUserPolicy()
                  .attachUserPolicy(
                      new AttachUserPolicyCommand(
                          caller, p.getOrNull("UserName"), p.getOrNull("PolicyArn")));
              return QueryResponse.empty("AttachUserPolicy");
            }),
        Map.entry(
            "DetachUserPolicy",
            (p, caller) -> {
              iam.detachUserPolicy()
                  .detachUserPolicy(
                      new DetachUserPolicyCommand(
                          caller, p.getOrNull("UserName"), p.getOrNull("PolicyArn")));
              return QueryResponse.empty("DetachUserPolicy");
            }),
        Map.entry(
            "AttachRolePolicy",
            (p, caller) -> {
              iam.attachRolePolicy()
                  .attachRolePolicy(
                      new AttachRolePolicyCommand(
                          caller, p.getOrNull("RoleName"), p.getOrNull("PolicyArn")));
              return QueryResponse.empty("AttachRolePolicy");
            }),
        Map.entry(
            "DetachRolePolicy",
            (p, caller) -> {
              iam.detachRolePolicy()
                  .detachRolePolicy(
                      new DetachRolePolicyCommand(
                          caller, p.getOrNull("RoleName"), p.getOrNull("PolicyArn")));
              return QueryResponse.empty("DetachRolePolicy");
            }),
        Map.entry(
            "ListAttachedUserPolicies",
            (p, caller) -> {
              ListAttachedUserPoliciesResult result =
                  iam.listAttachedUserPolicies()
                      .listAttachedUserPolicies(
                          new ListAttachedUserPoliciesCommand(
                              caller,
                              p.getOrNull("UserName"),
                              p.getOrNull("PathPrefix"),
                              p.getOrNull("Marker"),
                              p.integer("MaxItems")));
              return attached(
                  "ListAttachedUserPolicies",
                  result.policies(),
                  result.truncated(),
                  result.marker());
            }),
        Map.entry(
            "ListAttachedRolePolicies",
            (p, caller) -> {
              ListAttachedRolePoliciesResult result =
                  iam.listAttachedRolePolicies()
                      .listAttachedRolePolicies(
                          new ListAttachedRolePoliciesCommand(
                              caller,
                              p.getOrNull("RoleName"),
                              p.getOrNull("PathPrefix"),
                              p.getOrNull("Marker"),
                              p.integer("MaxItems")));
              return attached(
                  "ListAttachedRolePolicies",
                  result.policies(),
                  result.truncated(),
                  result.marker());
            }));
  }

  /** {@code <Policy>…</Policy>}. */
  static void policyElement(XmlDocument document, ManagedPolicy policy, boolean described) {
    document.start("Policy");
    policy(document, policy, described);
    document.end();
  }

  /**
   * A policy's members in the order of AWS's {@code Policy} shape. Description and Tags only where
   * the policy is described (CreatePolicy, GetPolicy), as AWS leaves them out of ListPolicies.
   * PermissionsBoundaryUsageCount is not tracked, so it is left out rather than guessed.
   */
  static void policy(XmlDocument document, ManagedPolicy policy, boolean described) {
    document
        .element("PolicyName", policy.name())
        .element("PolicyId", policy.policyId())
        .element("Arn", policy.arn().toString())
        .element("Path", policy.path().value())
        .element("DefaultVersionId", ManagedPolicy.DEFAULT_VERSION_ID)
        .element("AttachmentCount", Integer.toString(policy.attachmentCount()))
        .element("IsAttachable", "true");
    if (described && policy.hasDescription()) {
      document.element("Description", policy.description());
    }
    document
        .element("CreateDate", XmlDocument.timestamp(policy.createDate()))
        .element("UpdateDate", XmlDocument.timestamp(policy.createDate()));
    if (described) {
      IamXml.tags(document, policy.tags());
    }
  }

  private static QueryResponse attached(
      String action, List<ManagedPolicy> policies, boolean truncated, String marker) {
    return new ResultResponse(
        action,
        d -> {
          d.start("AttachedPolicies");
          for (ManagedPolicy policy : policies) {
            d.start("member")
                .element("PolicyName", policy.name())
                .element("PolicyArn", policy.arn().toString())
                .end();
          }
          d.end();
          IamXml.pagination(d, truncated, marker);
        });
  }

  /** A boolean member; AWS's Query parser rejects anything but true or false. */
  private static Boolean bool(QueryParameters parameters, String name) {
    String value = parameters.getOrNull(name);
    if (value == null) {
      return null;
    }
    String lower = value.trim().toLowerCase(Locale.ROOT);
    if (!lower.equals("true") && !lower.equals("false")) {
      throw InvalidRequestException.invalidParameterValue(
          "Value (" + value + ") for parameter " + name + " is invalid. Expected: 'boolean'.");
    }
    return Boolean.valueOf(lower);
  }
}
