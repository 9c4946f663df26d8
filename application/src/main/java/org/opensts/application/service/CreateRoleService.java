package org.opensts.application.service;

import java.time.Clock;
import java.time.Duration;
import java.util.random.RandomGenerator;
import org.opensts.application.port.in.iam.CreateRoleCommand;
import org.opensts.application.port.in.iam.CreateRoleResult;
import org.opensts.application.port.in.iam.CreateRoleUseCase;
import org.opensts.application.port.out.PolicyDocumentParser;
import org.opensts.application.port.out.RoleStore;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.error.EntityException;
import org.opensts.domain.iam.PermissionsBoundary;
import org.opensts.domain.iam.Role;
import org.opensts.domain.identity.IamPath;
import org.opensts.domain.identity.UniqueId;
import org.opensts.domain.policy.PolicyDocument;
import org.opensts.domain.policy.PolicyKind;

/** CreateRole: a new role with a fresh AROA id and a trust policy; names are unique in any case. */
final class CreateRoleService implements CreateRoleUseCase {

  private final RoleStore roles;
  private final PolicyDocumentParser parser;
  private final IamAuthorizer authorizer;
  private final Clock clock;
  private final RandomGenerator random;

  CreateRoleService(
      RoleStore roles,
      PolicyDocumentParser parser,
      IamAuthorizer authorizer,
      Clock clock,
      RandomGenerator random) {
    this.roles = roles;
    this.parser = parser;
    this.authorizer = authorizer;
    this.clock = clock;
    this.random = random;
  }

  @Override
  public CreateRoleResult createRole(CreateRoleCommand command) {
    AccountId account = command.caller().principal().account();
    IamPath path = IamPath.of(command.path());
    authorizer.authorize(
        command.caller(), "iam:CreateRole", Role.arn(account, path, command.roleName()).toString());
    // Checked before parsing too, so that a taken name is reported before a bad document.
    if (roles.find(account, command.roleName()).isPresent()) {
      throw alreadyExists(command.roleName());
    }
    PolicyDocument trustPolicy = parser.parse(command.assumeRolePolicyDocument(), PolicyKind.TRUST);
    Role role =
        Role.create(
            account,
            UniqueId.ROLE.generate(random),
            path,
            command.roleName(),
            command.description(),
            trustPolicy,
            command.maxSessionDuration() == null
                ? Role.DEFAULT_MAX_SESSION_DURATION
                : Duration.ofSeconds(command.maxSessionDuration()),
            command.permissionsBoundary() == null
                ? PermissionsBoundary.NONE
                : PermissionsBoundary.policy(command.permissionsBoundary()),
            command.tags(),
            clock.instant());
    if (!roles.add(role)) {
      throw alreadyExists(command.roleName());
    }
    return new CreateRoleResult(role);
  }

  private static EntityException alreadyExists(String roleName) {
    return EntityException.alreadyExists("Role with name " + roleName + " already exists.");
  }
}
