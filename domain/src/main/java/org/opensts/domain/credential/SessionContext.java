package org.opensts.domain.credential;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.opensts.domain.identity.AccessKeyId;
import org.opensts.domain.identity.Tag;

/**
 * What a session carries besides its principal, sealed into its token so that every later decision
 * for the session applies it without a lookup.
 *
 * @param sessionPolicies the texts of the session policies (the inline one first, then the managed
 *     ones' documents as they were when the session was issued); empty when none were passed
 * @param tags the session tags, those passed and those inherited as transitive from the caller
 * @param transitiveTagKeys the keys of the tags that pass on to sessions this one assumes
 * @param sourceIdentity set once, then carried through role chaining; null when not set
 * @param mfaAuthenticatedAt when an MFA code was checked for this session; null without MFA
 * @param sourceAccessKey the long-term key that asked for this session (GetSessionToken,
 *     GetFederationToken), which must stay active for the session to stay valid; null for role
 *     sessions
 * @param federatedProvider the identity provider a web identity or SAML session came through, as
 *     {@code aws:FederatedProvider}; null otherwise
 * @param taskPolicyArn the root task policy that scopes a root session from AssumeRoot; null for
 *     every other session
 */
public record SessionContext(
    List<String> sessionPolicies,
    List<Tag> tags,
    List<String> transitiveTagKeys,
    String sourceIdentity,
    Instant mfaAuthenticatedAt,
    AccessKeyId sourceAccessKey,
    String federatedProvider,
    String taskPolicyArn) {

  public static final SessionContext NONE =
      new SessionContext(List.of(), List.of(), List.of(), null, null, null, null);

  public SessionContext {
    sessionPolicies = List.copyOf(sessionPolicies);
    tags = List.copyOf(tags);
    transitiveTagKeys = List.copyOf(transitiveTagKeys);
  }

  /** Every session but a root session from AssumeRoot: no task policy. */
  public SessionContext(
      List<String> sessionPolicies,
      List<Tag> tags,
      List<String> transitiveTagKeys,
      String sourceIdentity,
      Instant mfaAuthenticatedAt,
      AccessKeyId sourceAccessKey,
      String federatedProvider) {
    this(
        sessionPolicies,
        tags,
        transitiveTagKeys,
        sourceIdentity,
        mfaAuthenticatedAt,
        sourceAccessKey,
        federatedProvider,
        null);
  }

  /**
   * A root session from AssumeRoot: the member account's root, limited by the task policy, with the
   * source identity of the session that asked for it.
   */
  public static SessionContext rootTask(String taskPolicyArn, String sourceIdentity) {
    return new SessionContext(
        List.of(),
        List.of(),
        List.of(),
        sourceIdentity,
        null,
        null,
        null,
        Objects.requireNonNull(taskPolicyArn, "taskPolicyArn"));
  }

  public boolean hasTaskPolicy() {
    return taskPolicyArn != null;
  }

  public boolean hasSessionPolicies() {
    return !sessionPolicies.isEmpty();
  }

  public boolean isMfaAuthenticated() {
    return mfaAuthenticatedAt != null;
  }

  /** The tags that pass on to a session this one assumes. */
  public List<Tag> transitiveTags() {
    if (transitiveTagKeys.isEmpty()) {
      return List.of();
    }
    return tags.stream().filter(tag -> isTransitive(tag.key())).toList();
  }

  /** Tag keys compare regardless of case. */
  public boolean isTransitive(String key) {
    return transitiveTagKeys.stream().anyMatch(k -> k.equalsIgnoreCase(key));
  }

  public SessionContext withMfaAuthenticatedAt(Instant at) {
    return new SessionContext(
        sessionPolicies,
        tags,
        transitiveTagKeys,
        sourceIdentity,
        Objects.requireNonNull(at),
        sourceAccessKey,
        federatedProvider,
        taskPolicyArn);
  }

  public SessionContext withSourceAccessKey(AccessKeyId key) {
    return new SessionContext(
        sessionPolicies,
        tags,
        transitiveTagKeys,
        sourceIdentity,
        mfaAuthenticatedAt,
        Objects.requireNonNull(key),
        federatedProvider,
        taskPolicyArn);
  }
}
