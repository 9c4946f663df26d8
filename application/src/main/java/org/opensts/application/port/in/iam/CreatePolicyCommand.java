package org.opensts.application.port.in.iam;

import java.util.List;
import java.util.Objects;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.error.ParameterValidation;
import org.opensts.domain.iam.IamPatterns;
import org.opensts.domain.iam.ManagedPolicy;
import org.opensts.domain.iam.TagSet;
import org.opensts.domain.identity.Tag;

/**
 * CreatePolicy's members, checked against AWS's model.
 *
 * @param path null for {@code /}
 * @param policyDocument the identity policy's JSON, parsed by the service
 * @param description null for none
 */
public record CreatePolicyCommand(
    Caller caller,
    String policyName,
    String path,
    String policyDocument,
    String description,
    List<Tag> tags) {

  public CreatePolicyCommand {
    Objects.requireNonNull(caller, "caller");
    tags = List.copyOf(tags);
    ParameterValidation.start()
        .required("policyName", policyName)
        .text("policyName", policyName, 1, 128, IamPatterns.ENTITY_NAME)
        .text("path", path, 1, 512, ManagedPolicy.PATH_PATTERN)
        .required("policyDocument", policyDocument)
        .text("policyDocument", policyDocument, 1, 131072, IamPatterns.POLICY_DOCUMENT)
        .length("description", description, 0, 1000)
        .throwIfInvalid();
    TagSet.validate("tags", tags);
  }
}
