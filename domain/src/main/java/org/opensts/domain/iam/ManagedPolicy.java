package org.opensts.domain.iam;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.error.InvalidRequestException;
import org.opensts.domain.error.ModelPattern;
import org.opensts.domain.identity.Arn;
import org.opensts.domain.identity.IamPath;
import org.opensts.domain.identity.Tag;
import org.opensts.domain.identity.UniqueId;
import org.opensts.domain.policy.PolicyDocument;

/**
 * A customer managed policy: one identity policy document (version {@code v1}; versions are not
 * kept) that users and roles attach by ARN.
 *
 * @param description empty when the policy has none
 * @param attachedTo the ARNs of the users and roles it is attached to, in attachment order
 */
public record ManagedPolicy(
    AccountId account,
    String policyId,
    IamPath path,
    String name,
    String description,
    PolicyDocument document,
    List<Tag> tags,
    Instant createDate,
    List<String> attachedTo) {

  /** The only version a policy has here, and so always the default one. */
  public static final String DEFAULT_VERSION_ID = "v1";

  /** IAM's default quota of managed policies attached to one user or one role. */
  public static final int MAX_ATTACHED_PER_ENTITY = 10;

  /** The model's {@code policyPathType}, for Path and PathPrefix members. */
  public static final ModelPattern PATH_PATTERN = ModelPattern.of("((/[A-Za-z0-9\\.,\\+@=_-]+)*)/");

  private static final Pattern NAME = Pattern.compile("[\\w+=,.@-]{1,128}");
  private static final Pattern ARN =
      Pattern.compile("arn:aws:iam::(aws|\\d{12}):policy/([\\u0021-\\u007E]+/)?[\\w+=,.@-]+");

  public ManagedPolicy {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(path, "path");
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "A policy name has 1 to 128 characters of [\\w+=,.@-]: " + name);
    }
    if (!UniqueId.POLICY.isValid(policyId)) {
      throw new IllegalArgumentException("A policy id is ANPA followed by 17 base-32 characters");
    }
    description = description == null ? "" : description;
    Objects.requireNonNull(document, "document");
    tags = List.copyOf(tags);
    Objects.requireNonNull(createDate, "createDate");
    attachedTo = List.copyOf(attachedTo);
  }

  /** A new policy as CreatePolicy makes it: attached to nothing. */
  public static ManagedPolicy create(
      AccountId account,
      String policyId,
      IamPath path,
      String name,
      String description,
      PolicyDocument document,
      List<Tag> tags,
      Instant createDate) {
    return new ManagedPolicy(
        account, policyId, path, name, description, document, tags, createDate, List.of());
  }

  /** {@code arn:aws:iam::ACCOUNT:policy/PATH/NAME}. */
  public static Arn arn(AccountId account, IamPath path, String name) {
    return Arn.iam(account.value(), "policy" + path.value() + name);
  }

  /**
   * Checks that a text has the form of a policy ARN, as PolicyArn members must.
   *
   * @throws InvalidRequestException {@code InvalidInput} in AWS's words when it has not
   */
  public static String checkArn(String policyArn) {
    if (policyArn != null && !ARN.matcher(policyArn).matches()) {
      throw InvalidRequestException.invalidInput("ARN " + policyArn + " is not valid.");
    }
    return policyArn;
  }

  public Arn arn() {
    return arn(account, path, name);
  }

  public int attachmentCount() {
    return attachedTo.size();
  }

  public boolean isAttachedTo(String entityArn) {
    return attachedTo.contains(entityArn);
  }

  public boolean hasDescription() {
    return !description.isEmpty();
  }

  /** The policy attached also to that user or role (no change when it already is). */
  public ManagedPolicy attachedTo(String entityArn) {
    if (isAttachedTo(entityArn)) {
      return this;
    }
    List<String> entities = new ArrayList<>(attachedTo);
    entities.add(entityArn);
    return withAttachments(entities);
  }

  /** The policy no longer attached to that user or role. */
  public ManagedPolicy detachedFrom(String entityArn) {
    List<String> entities = new ArrayList<>(attachedTo);
    entities.remove(entityArn);
    return withAttachments(entities);
  }

  private ManagedPolicy withAttachments(List<String> entities) {
    return new ManagedPolicy(
        account, policyId, path, name, description, document, tags, createDate, entities);
  }
}
