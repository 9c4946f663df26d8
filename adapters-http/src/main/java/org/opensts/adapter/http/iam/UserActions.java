package org.opensts.adapter.http.iam;

import java.util.Map;
import org.opensts.adapter.http.query.QueryAction;
import org.opensts.adapter.http.xml.QueryResponse;
import org.opensts.adapter.http.xml.ResultResponse;
import org.opensts.adapter.http.xml.XmlDocument;
import org.opensts.application.port.in.iam.CreateAccessKeyCommand;
import org.opensts.application.port.in.iam.CreateUserCommand;
import org.opensts.application.port.in.iam.DeleteAccessKeyCommand;
import org.opensts.application.port.in.iam.DeleteUserCommand;
import org.opensts.application.port.in.iam.GetUserCommand;
import org.opensts.application.port.in.iam.GetUserResult;
import org.opensts.application.port.in.iam.ListAccessKeysCommand;
import org.opensts.application.port.in.iam.ListAccessKeysResult;
import org.opensts.application.port.in.iam.ListUsersCommand;
import org.opensts.application.port.in.iam.ListUsersResult;
import org.opensts.application.port.in.iam.TagUserCommand;
import org.opensts.application.port.in.iam.UntagUserCommand;
import org.opensts.application.port.in.iam.UpdateAccessKeyCommand;
import org.opensts.domain.iam.User;
import org.opensts.domain.identity.AccessKey;

/** IAM's user and access key actions: CreateUser … DeleteAccessKey. */
final class UserActions {

  private UserActions() {}

  static Map<String, QueryAction> of(IamApi.UserUseCases iam) {
    return Map.of(
        "CreateUser",
        (p, caller) -> {
          User user =
              iam.createUser()
                  .createUser(
                      new CreateUserCommand(
                          caller, p.getOrNull("UserName"), p.getOrNull("Path"), p.tags("Tags")))
                  .user();
          return new ResultResponse("CreateUser", d -> userElement(d, GetUserResult.of(user)));
        },
        "GetUser",
        (p, caller) -> {
          var user = iam.getUser().getUser(new GetUserCommand(caller, p.getOrNull("UserName")));
          return new ResultResponse("GetUser", d -> userElement(d, user));
        },
        "ListUsers",
        (p, caller) ->
            listUsers(
                iam.listUsers()
                    .listUsers(
                        new ListUsersCommand(
                            caller,
                            p.getOrNull("PathPrefix"),
                            p.getOrNull("Marker"),
                            p.integer("MaxItems")))),
        "DeleteUser",
        (p, caller) -> {
          iam.deleteUser().deleteUser(new DeleteUserCommand(caller, p.getOrNull("UserName")));
          return QueryResponse.empty("DeleteUser");
        },
        "TagUser",
        (p, caller) -> {
          iam.tagUser()
              .tagUser(new TagUserCommand(caller, p.getOrNull("UserName"), p.tags("Tags")));
          return QueryResponse.empty("TagUser");
        },
        "UntagUser",
        (p, caller) -> {
          iam.untagUser()
              .untagUser(
                  new UntagUserCommand(caller, p.getOrNull("UserName"), p.members("TagKeys")));
          return QueryResponse.empty("UntagUser");
        },
        "CreateAccessKey",
        (p, caller) -> {
          AccessKey key =
              iam.createAccessKey()
                  .createAccessKey(new CreateAccessKeyCommand(caller, p.getOrNull("UserName")))
                  .key();
          return new ResultResponse(
              "CreateAccessKey",
              d -> {
                d.start("AccessKey");
                IamXml.accessKey(d, key, true);
                d.end();
              });
        },
        "ListAccessKeys",
        (p, caller) ->
            listAccessKeys(
                p.getOrNull("UserName"),
                iam.listAccessKeys()
                    .listAccessKeys(
                        new ListAccessKeysCommand(
                            caller,
                            p.getOrNull("UserName"),
                            p.getOrNull("Marker"),
                            p.integer("MaxItems")))),
        "UpdateAccessKey",
        (p, caller) -> {
          iam.updateAccessKey()
              .updateAccessKey(
                  UpdateAccessKeyCommand.of(
                      caller,
                      p.getOrNull("UserName"),
                      p.getOrNull("AccessKeyId"),
                      p.getOrNull("Status")));
          return QueryResponse.empty("UpdateAccessKey");
        },
        "DeleteAccessKey",
        (p, caller) -> {
          iam.deleteAccessKey()
              .deleteAccessKey(
                  new DeleteAccessKeyCommand(
                      caller, p.getOrNull("UserName"), p.getOrNull("AccessKeyId")));
          return QueryResponse.empty("DeleteAccessKey");
        });
  }

  private static void userElement(XmlDocument d, GetUserResult user) {
    d.start("User");
    IamXml.user(d, user, true);
    d.end();
  }

  /** AWS's ListUsers leaves tags out of its members. */
  private static QueryResponse listUsers(ListUsersResult result) {
    return new ResultResponse(
        "ListUsers",
        d -> {
          d.start("Users");
          for (User user : result.users()) {
            d.start("member");
            IamXml.user(d, user, false);
            d.end();
          }
          d.end();
          IamXml.pagination(d, result.truncated(), result.marker());
        });
  }

  private static QueryResponse listAccessKeys(String userName, ListAccessKeysResult result) {
    return new ResultResponse(
        "ListAccessKeys",
        d -> {
          if (userName != null) {
            d.element("UserName", userName);
          }
          d.start("AccessKeyMetadata");
          for (AccessKey key : result.keys()) {
            d.start("member");
            IamXml.accessKey(d, key, false);
            d.end();
          }
          d.end();
          IamXml.pagination(d, result.truncated(), result.marker());
        });
  }
}
