package org.opensts.domain.iam;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.error.EntityException;
import org.opensts.domain.error.InvalidRequestException;
import org.opensts.domain.identity.Arn;
import org.opensts.domain.identity.AssumedRolePrincipal;
import org.opensts.domain.identity.IamPath;
import org.opensts.domain.identity.RoleSessionName;
import org.opensts.domain.identity.Tag;
import org.opensts.domain.identity.UniqueId;
import org.opensts.domain.policy.PolicyDocument;

/**
 * An IAM role: who may assume it (the trust policy), what its sessions may do (inline policies) and
 * how long a session may last.
 *
 * @param description empty when the role has none
 */
public record Role(
    AccountId account,
    String roleId,
    IamPath path,
    String name,
    String description,
    PolicyDocument trustPolicy,
    Map<String, PolicyDocument> inlinePolicies,
    Duration maxSessionDuration,
    PermissionsBoundary permissionsBoundary,
    List<Tag> tags,
    Instant createDate) {

  public static final Duration DEFAULT_MAX_SESSION_DURATION = Duration.ofHours(1);
  public static final Duration MIN_MAX_SESSION_DURATION = Duration.ofHours(1);
  public static final Duration MAX_MAX_SESSION_DURATION = Duration.ofHours(12);

  /** AWS caps a session obtained by role chaining at one hour, whatever the role allows. */
  public static final Duration CHAINED_SESSION_LIMIT = Duration.ofHours(1);

  private static final Duration DEFAULT_SESSION_DURATION = Duration.ofHours(1);
  private static final int MAX_DESCRIPTION_LENGTH = 1000;

  public Role {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(path, "path");
    EntityName.check("role", name);
    if (!UniqueId.ROLE.isValid(roleId)) {
      throw new IllegalArgumentException("A role id is AROA followed by 17 base-32 characters");
    }
    description = description == null ? "" : description;
    if (description.length() > MAX_DESCRIPTION_LENGTH) {
      throw new IllegalArgumentException("A role description has at most 1000 characters");
    }
    Objects.requireNonNull(trustPolicy, "trustPolicy");
    inlinePolicies = Map.copyOf(inlinePolicies);
    if (maxSessionDuration.compareTo(MIN_MAX_SESSION_DURATION) < 0
        || maxSessionDuration.compareTo(MAX_MAX_SESSION_DURATION) > 0) {
      throw new IllegalArgumentException(
          "MaxSessionDuration is 3600 to 43200 seconds: " + maxSessionDuration.toSeconds());
    }
    Objects.requireNonNull(permissionsBoundary, "permissionsBoundary");
    tags = List.copyOf(tags);
    Objects.requireNonNull(createDate, "createDate");
  }

  /** A role without a description or a permissions boundary, as the bootstrap file declares one. */
  public Role(
      AccountId account,
      String roleId,
      IamPath path,
      String name,
      PolicyDocument trustPolicy,
      Map<String, PolicyDocument> inlinePolicies,
      Duration maxSessionDuration,
      List<Tag> tags,
      Instant createDate) {
    this(
        account,
        roleId,
        path,
        name,
        "",
        trustPolicy,
        inlinePolicies,
        maxSessionDuration,
        PermissionsBoundary.NONE,
        tags,
        createDate);
  }

  /**
   * A new role as CreateRole makes it: no inline policies yet, and a trust policy within IAM's size
   * quota.
   *
   * @throws EntityException {@code LimitExceeded} when the trust policy is too large
   */
  public static Role create(
      AccountId account,
      String roleId,
      IamPath path,
      String name,
      String description,
      PolicyDocument trustPolicy,
      Duration maxSessionDuration,
      PermissionsBoundary permissionsBoundary,
      List<Tag> tags,
      Instant createDate) {
    checkTrustPolicySize(trustPolicy);
    return new Role(
        account,
        roleId,
        path,
        name,
        description,
        trustPolicy,
        Map.of(),
        maxSessionDuration,
        permissionsBoundary,
        tags,
        createDate);
  }

  /** The ARN of the role of that path and name: {@code arn:aws:iam::ACCOUNT:role/PATH/NAME}. */
  public static Arn arn(AccountId account, IamPath path, String name) {
    return Arn.iam(account.value(), "role" + path.value() + name);
  }

  public Arn arn() {
    return arn(account, path, name);
  }

  public List<PolicyDocument> identityPolicies() {
    return List.copyOf(inlinePolicies.values());
  }

  public boolean hasDescription() {
    return !description.isEmpty();
  }

  public AssumedRolePrincipal session(RoleSessionName sessionName) {
    return new AssumedRolePrincipal(account, roleId, path, name, sessionName);
  }

  public Role withTags(List<Tag> newTags) {
    return new Role(
        account,
        roleId,
        path,
        name,
        description,
        trustPolicy,
        inlinePolicies,
        maxSessionDuration,
        permissionsBoundary,
        newTags,
        createDate);
  }

  public Role withDescription(String newDescription) {
    return new Role(
        account,
        roleId,
        path,
        name,
        newDescription,
        trustPolicy,
        inlinePolicies,
        maxSessionDuration,
        permissionsBoundary,
        tags,
        createDate);
  }

  public Role withMaxSessionDuration(Duration newMaxSessionDuration) {
    return new Role(
        account,
        roleId,
        path,
        name,
        description,
        trustPolicy,
        inlinePolicies,
        newMaxSessionDuration,
        permissionsBoundary,
        tags,
        createDate);
  }

  public Role withPermissionsBoundary(PermissionsBoundary newBoundary) {
    return new Role(
        account,
        roleId,
        path,
        name,
        description,
        trustPolicy,
        inlinePolicies,
        maxSessionDuration,
        newBoundary,
        tags,
        createDate);
  }

  /**
   * The role with another trust policy; it decides the very next AssumeRole.
   *
   * @throws EntityException {@code LimitExceeded} when the policy is too large
   */
  public Role withTrustPolicy(PolicyDocument newTrustPolicy) {
    checkTrustPolicySize(newTrustPolicy);
    return new Role(
        account,
        roleId,
        path,
        name,
        description,
        newTrustPolicy,
        inlinePolicies,
        maxSessionDuration,
        permissionsBoundary,
        tags,
        createDate);
  }

  /**
   * The role with an inline policy added, or replaced when one of that name exists.
   *
   * @throws EntityException {@code LimitExceeded} when the role's inline policies together would
   *     exceed 10,240 characters
   */
  public Role withInlinePolicy(String policyName, PolicyDocument policy) {
    Map<String, PolicyDocument> policies = new HashMap<>(inlinePolicies);
    policies.put(policyName, policy);
    if (PolicySize.of(policies.values()) > PolicySize.ROLE_INLINE_LIMIT) {
      throw EntityException.policySizeExceeded(PolicySize.ROLE_INLINE_LIMIT, "role", name);
    }
    return withInlinePolicies(policies);
  }

  /** The role without the inline policy of that name (there may be none). */
  public Role withoutInlinePolicy(String policyName) {
    Map<String, PolicyDocument> policies = new HashMap<>(inlinePolicies);
    policies.remove(policyName);
    return withInlinePolicies(policies);
  }

  private Role withInlinePolicies(Map<String, PolicyDocument> policies) {
    return new Role(
        account,
        roleId,
        path,
        name,
        description,
        trustPolicy,
        policies,
        maxSessionDuration,
        permissionsBoundary,
        tags,
        createDate);
  }

  private static void checkTrustPolicySize(PolicyDocument trustPolicy) {
    if (PolicySize.of(trustPolicy) > PolicySize.TRUST_POLICY_LIMIT) {
      throw EntityException.limitExceeded("ACLSizePerRole", PolicySize.TRUST_POLICY_LIMIT);
    }
  }

  /**
   * The duration of a new session of this role: the requested one (default one hour) if the role's
   * maximum allows it, and at most one hour when the caller is itself a role session.
   */
  public Duration sessionDuration(Integer requestedSeconds, boolean chained) {
    Duration requested =
        requestedSeconds == null ? DEFAULT_SESSION_DURATION : Duration.ofSeconds(requestedSeconds);
    if (chained && requested.compareTo(CHAINED_SESSION_LIMIT) > 0) {
      throw InvalidRequestException.validationError(
          "The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role"
              + " chaining.");
    }
    if (requested.compareTo(maxSessionDuration) > 0) {
      throw InvalidRequestException.validationError(
          "The requested DurationSeconds exceeds the MaxSessionDuration set for this role.");
    }
    return requested;
  }
}
