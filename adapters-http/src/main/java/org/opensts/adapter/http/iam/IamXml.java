package org.opensts.adapter.http.iam;

import java.util.List;
import org.opensts.adapter.http.xml.XmlDocument;
import org.opensts.application.port.in.iam.GetUserResult;
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
