package org.opensts.domain.iam;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.opensts.domain.account.AccountId;
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
 */
public record Role(
    AccountId account,
    String roleId,
    IamPath path,
    String name,
    PolicyDocument trustPolicy,
    Map<String, PolicyDocument> inlinePolicies,
    Duration maxSessionDuration,
    List<Tag> tags,
    Instant createDate) {

  public static final Duration DEFAULT_MAX_SESSION_DURATION = Duration.ofHours(1);
  public static final Duration MIN_MAX_SESSION_DURATION = Duration.ofHours(1);
  public static final Duration MAX_MAX_SESSION_DURATION = Duration.ofHours(12);

  /** AWS caps a session obtained by role chaining at one hour, whatever the role allows. */
  public static final Duration CHAINED_SESSION_LIMIT = Duration.ofHours(1);

  private static final Duration DEFAULT_SESSION_DURATION = Duration.ofHours(1);

  public Role {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(path, "path");
    EntityName.check("role", name);
    if (!UniqueId.ROLE.isValid(roleId)) {
      throw new IllegalArgumentException("A role id is AROA followed by 17 base-32 characters");
    }
    Objects.requireNonNull(trustPolicy, "trustPolicy");
    inlinePolicies = Map.copyOf(inlinePolicies);
    if (maxSessionDuration.compareTo(MIN_MAX_SESSION_DURATION) < 0
        || maxSessionDuration.compareTo(MAX_MAX_SESSION_DURATION) > 0) {
      throw new IllegalArgumentException(
          "MaxSessionDuration is 3600 to 43200 seconds: " + maxSessionDuration.toSeconds());
    }
    tags = List.copyOf(tags);
    Objects.requireNonNull(createDate, "createDate");
  }

  public Arn arn() {
    return Arn.iam(account.value(), "role" + path.value() + name);
  }

  public List<PolicyDocument> identityPolicies() {
    return List.copyOf(inlinePolicies.values());
  }

  public AssumedRolePrincipal session(RoleSessionName sessionName) {
    return new AssumedRolePrincipal(account, roleId, path, name, sessionName);
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
