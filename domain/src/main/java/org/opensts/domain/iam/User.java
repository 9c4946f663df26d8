package org.opensts.domain.iam;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.error.EntityException;
import org.opensts.domain.identity.IamPath;
import org.opensts.domain.identity.IamUserPrincipal;
import org.opensts.domain.identity.Tag;
import org.opensts.domain.identity.UniqueId;
import org.opensts.domain.policy.PolicyDocument;

/** An IAM user with its inline identity policies, keyed by policy name. */
public record User(
    AccountId account,
    String userId,
    IamPath path,
    String name,
    Map<String, PolicyDocument> inlinePolicies,
    List<Tag> tags,
    Instant createDate) {

  public User {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(path, "path");
    EntityName.check("user", name);
    if (!UniqueId.USER.isValid(userId)) {
      throw new IllegalArgumentException("A user id is AIDA followed by 17 base-32 characters");
    }
    inlinePolicies = Map.copyOf(inlinePolicies);
    tags = List.copyOf(tags);
    Objects.requireNonNull(createDate, "createDate");
  }

  public IamUserPrincipal principal() {
    return new IamUserPrincipal(account, userId, path, name);
  }

  public User withTags(List<Tag> newTags) {
    return new User(account, userId, path, name, inlinePolicies, newTags, createDate);
  }

  /**
   * The user with an inline policy added, or replaced when one of that name exists.
   *
   * @throws EntityException {@code LimitExceeded} when the user's inline policies together would
   *     exceed 2,048 characters
   */
  public User withInlinePolicy(String policyName, PolicyDocument policy) {
    Map<String, PolicyDocument> policies = new HashMap<>(inlinePolicies);
    policies.put(policyName, policy);
    if (PolicySize.of(policies.values()) > PolicySize.USER_INLINE_LIMIT) {
      throw EntityException.policySizeExceeded(PolicySize.USER_INLINE_LIMIT, "user", name);
    }
    return new User(account, userId, path, name, policies, tags, createDate);
  }

  /** The user without the inline policy of that name (there may be none). */
  public User withoutInlinePolicy(String policyName) {
    Map<String, PolicyDocument> policies = new HashMap<>(inlinePolicies);
    policies.remove(policyName);
    return new User(account, userId, path, name, policies, tags, createDate);
  }

  public List<PolicyDocument> identityPolicies() {
    return List.copyOf(inlinePolicies.values());
  }
}
