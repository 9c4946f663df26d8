package org.opensts.adapter.http.iam;

import java.util.Map;
import org.opensts.adapter.http.query.QueryAction;
import org.opensts.adapter.http.xml.QueryResponse;
import org.opensts.adapter.http.xml.ResultResponse;
import org.opensts.application.port.in.iam.CreateRoleCommand;
import org.opensts.application.port.in.iam.DeleteRoleCommand;
import org.opensts.application.port.in.iam.DeleteRolePermissionsBoundaryCommand;
import org.opensts.application.port.in.iam.GetRoleCommand;
import org.opensts.application.port.in.iam.ListRolesCommand;
import org.opensts.application.port.in.iam.ListRolesResult;
import org.opensts.application.port.in.iam.PutRolePermissionsBoundaryCommand;
import org.opensts.application.port.in.iam.TagRoleCommand;
import org.opensts.application.port.in.iam.UntagRoleCommand;
import org.opensts.application.port.in.iam.UpdateAssumeRolePolicyCommand;
import org.opensts.application.port.in.iam.UpdateRoleCommand;
import org.opensts.domain.iam.Role;

/** IAM's role actions: CreateRole … DeleteRolePermissionsBoundary. */
final class RoleActions {

  private RoleActions() {}

  static Map<String, QueryAction> of(IamApi.RoleUseCases iam) {
    return Map.of(
        "CreateRole",
        (p, caller) -> {
          Role role =
              iam.createRole()
                  .createRole(
                      new CreateRoleCommand(
                          caller,
                          p.getOrNull("RoleName"),
                          p.getOrNull("Path"),
                          p.getOrNull("AssumeRolePolicyDocument"),
                          p.getOrNull("Description"),
                          p.integer("MaxSessionDuration"),
                          p.getOrNull("PermissionsBoundary"),
                          p.tags("Tags")))
                  .role();
          return new ResultResponse(
              "CreateRole", d -> IamXml.roleElement(d, role, IamXml.RoleView.CREATED));
        },
        "GetRole",
        (p, caller) -> {
          Role role =
              iam.getRole().getRole(new GetRoleCommand(caller, p.getOrNull("RoleName"))).role();
          return new ResultResponse(
              "GetRole", d -> IamXml.roleElement(d, role, IamXml.RoleView.DESCRIBED));
        },
        "ListRoles",
        (p, caller) ->
            listRoles(
                iam.listRoles()
                    .listRoles(
                        new ListRolesCommand(
                            caller,
                            p.getOrNull("PathPrefix"),
                            p.getOrNull("Marker"),
                            p.integer("MaxItems")))),
        "UpdateRole",
        (p, caller) -> {
          iam.updateRole()
              .updateRole(
                  new UpdateRoleCommand(
                      caller,
                      p.getOrNull("RoleName"),
                      p.getOrNull("Description"),
                      p.integer("MaxSessionDuration")));
          // UpdateRole, unlike most IAM updates, has a result element, with no members.
          return new ResultResponse("UpdateRole", d -> {});
        },
        "UpdateAssumeRolePolicy",
        (p, caller) -> {
          iam.updateAssumeRolePolicy()
              .updateAssumeRolePolicy(
                  new UpdateAssumeRolePolicyCommand(
                      caller, p.getOrNull("RoleName"), p.getOrNull("PolicyDocument")));
          return QueryResponse.empty("UpdateAssumeRolePolicy");
        },
        "DeleteRole",
        (p, caller) -> {
          iam.deleteRole().deleteRole(new DeleteRoleCommand(caller, p.getOrNull("RoleName")));
          return QueryResponse.empty("DeleteRole");
        },
        "TagRole",
        (p, caller) -> {
          iam.tagRole()
              .tagRole(new TagRoleCommand(caller, p.getOrNull("RoleName"), p.tags("Tags")));
          return QueryResponse.empty("TagRole");
        },
        "UntagRole",
        (p, caller) -> {
          iam.untagRole()
              .untagRole(
                  new UntagRoleCommand(caller, p.getOrNull("RoleName"), p.members("TagKeys")));
          return QueryResponse.empty("UntagRole");
        },
        "PutRolePermissionsBoundary",
        (p, caller) -> {
          iam.putRolePermissionsBoundary()
              .putRolePermissionsBoundary(
                  new PutRolePermissionsBoundaryCommand(
                      caller, p.getOrNull("RoleName"), p.getOrNull("PermissionsBoundary")));
          return QueryResponse.empty("PutRolePermissionsBoundary");
        },
        "DeleteRolePermissionsBoundary",
        (p, caller) -> {
          iam.deleteRolePermissionsBoundary()
              .deleteRolePermissionsBoundary(
                  new DeleteRolePermissionsBoundaryCommand(caller, p.getOrNull("RoleName")));
          return QueryResponse.empty("DeleteRolePermissionsBoundary");
        });
  }

  private static QueryResponse listRoles(ListRolesResult result) {
    return new ResultResponse(
        "ListRoles",
        d -> {
          d.start("Roles");
          for (Role role : result.roles()) {
            d.start("member");
            IamXml.role(d, role, IamXml.RoleView.LISTED);
            d.end();
          }
          d.end();
          IamXml.pagination(d, result.truncated(), result.marker());
        });
  }
}
