package org.opensts.application.port.in.iam;

import java.util.List;
import java.util.Objects;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.error.ParameterValidation;
import org.opensts.domain.iam.IamPatterns;
import org.opensts.domain.iam.PermissionsBoundary;
import org.opensts.domain.iam.TagSet;
import org.opensts.domain.identity.Tag;

/**
 * CreateRole's members, checked against AWS's model.
 *
 * @param path null for {@code /}
 * @param assumeRolePolicyDocument the trust policy's JSON, parsed by the service
 * @param description null for none
 * @param maxSessionDuration seconds, 3600–43200, or null for one hour
 * @param permissionsBoundary a managed policy's ARN, or null for none
 */
public record CreateRoleCommand(
    Caller caller,
    String roleName,
    String path,
    String assumeRolePolicyDocument,
    String description,
    Integer maxSessionDuration,
    String permissionsBoundary,
    List<Tag> tags) {

  public CreateRoleCommand {
    Objects.requireNonNull(caller, "caller");
    tags = List.copyOf(tags);
    ParameterValidation.start()
        .text("path", path, 1, 512, IamPatterns.PATH)
        .required("roleName", roleName)
        .text("roleName", roleName, 1, 64, IamPatterns.ENTITY_NAME)
        .required("assumeRolePolicyDocument", assumeRolePolicyDocument)
        .text(
            "assumeRolePolicyDocument",
            assumeRolePolicyDocument,
            1,
            131072,
            IamPatterns.POLICY_DOCUMENT)
        .text("description", description, 0, 1000, IamPatterns.ROLE_DESCRIPTION)
        .range("maxSessionDuration", maxSessionDuration, 3600, 43200)
        .length("permissionsBoundary", permissionsBoundary, 20, 2048)
        .throwIfInvalid();
    TagSet.validate("tags", tags);
    if (permissionsBoundary != null) {
      PermissionsBoundary.policy(permissionsBoundary);
    }
  }
}
