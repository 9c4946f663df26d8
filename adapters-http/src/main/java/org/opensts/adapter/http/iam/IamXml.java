package org.opensts.adapter.http.iam;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.opensts.adapter.http.xml.XmlDocument;
import org.opensts.application.port.in.iam.GetUserResult;
import org.opensts.domain.iam.Role;
import org.opensts.domain.iam.User;
import org.opensts.domain.identity.AccessKey;
import org.opensts.domain.identity.AccessKeyStatus;
import org.opensts.domain.identity.IamUserPrincipal;
import org.opensts.domain.identity.Tag;

/** The IAM shapes shared by several responses, written as AWS writes them. */
final class IamXml {

  private IamXml() {}

  /** A {@code User} (or list member) element's members; tags only where AWS returns them. */
  static void user(XmlDocument document, GetUserResult user, boolean withTags) {
    if (user.path() != null) {
      document.element("Path", user.path());
    }
    if (user.userName() != null) {
      document.element("UserName", user.userName());
    }
    document
        .element("UserId", user.userId())
        .element("Arn", user.arn())
        .element("CreateDate", XmlDocument.timestamp(user.createDate()));
    if (withTags) {
      tags(document, user.tags());
    }
  }

  static void user(XmlDocument document, User user, boolean withTags) {
    user(document, GetUserResult.of(user), withTags);
  }

  /**
   * Which members of a role a response carries, as recorded against AWS (LocalStack's IAM role
   * snapshots): CreateRole leaves out Description, MaxSessionDuration and RoleLastUsed; ListRoles
   * leaves out PermissionsBoundary, Tags and RoleLastUsed; GetRole has them all.
   */
  enum RoleView {
    CREATED,
    DESCRIBED,
    LISTED
  }

  /** {@code <Role>…</Role>}. */
  static void roleElement(XmlDocument document, Role role, RoleView view) {
    document.start("Role");
    role(document, role, view);
    document.end();
  }

  /** A role's members, in the order of AWS's {@code Role} shape. */
  static void role(XmlDocument document, Role role, RoleView view) {
    document
        .element("Path", role.path().value())
        .element("RoleName", role.name())
        .element("RoleId", role.roleId())
        .element("Arn", role.arn().toString())
        .element("CreateDate", XmlDocument.timestamp(role.createDate()))
        .element("AssumeRolePolicyDocument", policyDocument(role.trustPolicy().text()));
    if (view != RoleView.CREATED) {
      if (role.hasDescription()) {
        document.element("Description", role.description());
      }
      document.element("MaxSessionDuration", Long.toString(role.maxSessionDuration().toSeconds()));
    }
    if (view == RoleView.LISTED) {
      return;
    }
    if (role.permissionsBoundary().isSet()) {
      document
          .start("PermissionsBoundary")
          .element("PermissionsBoundaryType", "Policy")
          .element("PermissionsBoundaryArn", role.permissionsBoundary().policyArn())
          .end();
    }
    tags(document, role.tags());
    if (view == RoleView.DESCRIBED) {
      // No usage is tracked; AWS sends the element empty for a role not used lately.
      document.start("RoleLastUsed").end();
    }
  }

  /**
   * A policy document as IAM returns it: percent-encoded (RFC 3986, UTF-8, a space as {@code %20}).
   * botocore decodes it with {@code urllib.parse.unquote}, which leaves {@code +} alone, so a space
   * must never become {@code +}; the Java and JavaScript SDKs hand the encoded text to the caller.
   */
  static String policyDocument(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8)
        .replace("+", "%20")
        .replace("*", "%2A")
        .replace("%7E", "~");
  }

  /** {@code Tags}, left out entirely when there are none, as AWS does. */
  static void tags(XmlDocument document, List<Tag> tags) {
    if (tags.isEmpty()) {
      return;
    }
    document.start("Tags");
    for (Tag tag : tags) {
      document.start("member").element("Key", tag.key()).element("Value", tag.value()).end();
    }
    document.end();
  }

  /** An access key's members; the secret only when it was just created. */
  static void accessKey(XmlDocument document, AccessKey key, boolean withSecret) {
    if (key.owner() instanceof IamUserPrincipal user) {
      document.element("UserName", user.userName());
    }
    document.element("AccessKeyId", key.id().value()).element("Status", status(key.status()));
    if (withSecret) {
      document.element("SecretAccessKey", key.secret().value());
    }
    document.element("CreateDate", XmlDocument.timestamp(key.createDate()));
  }

  static void pagination(XmlDocument document, boolean truncated, String marker) {
    document.element("IsTruncated", Boolean.toString(truncated));
    if (marker != null) {
      document.element("Marker", marker);
    }
  }

  static String status(AccessKeyStatus status) {
    return status == AccessKeyStatus.ACTIVE ? "Active" : "Inactive";
  }
}
