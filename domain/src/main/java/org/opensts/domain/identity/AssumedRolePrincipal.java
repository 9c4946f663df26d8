package org.opensts.domain.identity;

import java.util.Objects;
import org.opensts.domain.account.AccountId;

/**
 * A role session: {@code arn:aws:sts::ACCOUNT:assumed-role/ROLE_NAME/SESSION} (the role's path is
 * not part of it), user id {@code ROLE_ID:SESSION}.
 */
public record AssumedRolePrincipal(
    AccountId account,
    String roleId,
    IamPath rolePath,
    String roleName,
    RoleSessionName sessionName)
    implements Principal {

  public AssumedRolePrincipal {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(roleId, "roleId");
    Objects.requireNonNull(rolePath, "rolePath");
    Objects.requireNonNull(roleName, "roleName");
    Objects.requireNonNull(sessionName, "sessionName");
  }

  @Override
  public Arn arn() {
    return Arn.sts(account.value(), "assumed-role/" + roleName + "/" + sessionName.value());
  }

  @Override
  public String userId() {
    return roleId + ":" + sessionName.value();
  }

  /** The ARN of the role this session belongs to, which policies name to mean all its sessions. */
  public Arn roleArn() {
    return Arn.iam(account.value(), "role" + rolePath.value() + roleName);
  }
}
