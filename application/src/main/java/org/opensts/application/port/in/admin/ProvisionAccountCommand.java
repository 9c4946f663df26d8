package org.opensts.application.port.in.admin;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.identity.AccessKeyId;
import org.opensts.domain.identity.IamPath;
import org.opensts.domain.identity.SecretAccessKey;
import org.opensts.domain.identity.Tag;

/**
 * An account as a whole: root keys, users with keys and inline policies, roles with trust policies.
 */
public record ProvisionAccountCommand(
    AccountId accountId,
    String alias,
    List<KeySpec> rootAccessKeys,
    List<UserSpec> users,
    List<RoleSpec> roles) {

  public ProvisionAccountCommand {
    Objects.requireNonNull(accountId, "accountId");
    alias = alias == null ? "" : alias;
    rootAccessKeys = List.copyOf(rootAccessKeys);
    users = List.copyOf(users);
    roles = List.copyOf(roles);
  }

  /** A long-term access key, given in full so that clients can be configured ahead of time. */
  public record KeySpec(AccessKeyId accessKeyId, SecretAccessKey secretAccessKey) {

    public KeySpec {
      Objects.requireNonNull(accessKeyId, "accessKeyId");
      Objects.requireNonNull(secretAccessKey, "secretAccessKey");
    }
  }

  /** An IAM user; policies are JSON documents keyed by policy name. */
  public record UserSpec(
      String name,
      IamPath path,
      List<KeySpec> accessKeys,
      Map<String, String> inlinePolicies,
      List<Tag> tags) {

    public UserSpec {
      Objects.requireNonNull(name, "name");
      path = path == null ? IamPath.ROOT : path;
      accessKeys = List.copyOf(accessKeys);
      inlinePolicies = Map.copyOf(inlinePolicies);
      tags = List.copyOf(tags);
    }
  }

  /** An IAM role; the trust policy and inline policies are JSON documents. */
  public record RoleSpec(
      String name,
      IamPath path,
      String trustPolicy,
      Map<String, String> inlinePolicies,
      Duration maxSessionDuration,
      List<Tag> tags) {

    public RoleSpec {
      Objects.requireNonNull(name, "name");
      path = path == null ? IamPath.ROOT : path;
      Objects.requireNonNull(trustPolicy, "trustPolicy");
      inlinePolicies = Map.copyOf(inlinePolicies);
      Objects.requireNonNull(maxSessionDuration, "maxSessionDuration");
      tags = List.copyOf(tags);
    }
  }
}
