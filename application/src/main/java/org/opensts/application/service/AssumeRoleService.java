package org.opensts.application.service;

import java.time.Duration;
import org.opensts.application.port.in.sts.AssumeRoleCommand;
import org.opensts.application.port.in.sts.AssumeRoleResult;
import org.opensts.application.port.in.sts.AssumeRoleUseCase;
import org.opensts.application.port.out.RoleStore;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.credential.SessionContext;
import org.opensts.domain.credential.TemporaryCredentials;
import org.opensts.domain.error.AccessDeniedException;
import org.opensts.domain.iam.Role;
import org.opensts.domain.identity.AccountRootPrincipal;
import org.opensts.domain.identity.AssumedRolePrincipal;
import org.opensts.domain.identity.Principal;
import org.opensts.domain.identity.Tag;
import org.opensts.domain.policy.ConditionKeys;
import org.opensts.domain.policy.Decision;
import org.opensts.domain.policy.PolicyEvaluator;
import org.opensts.domain.policy.RequestContext;

/** AssumeRole: issues temporary credentials for a role the caller is trusted to assume. */
final class AssumeRoleService implements AssumeRoleUseCase {

  static final String ACTION = "sts:AssumeRole";

  private final RoleStore roles;
  private final CallerPermissions permissions;
  private final RequestKeys requestKeys;
  private final CredentialIssuer issuer;

  AssumeRoleService(
      RoleStore roles,
      CallerPermissions permissions,
      RequestKeys requestKeys,
      CredentialIssuer issuer) {
    this.roles = roles;
    this.permissions = permissions;
    this.requestKeys = requestKeys;
    this.issuer = issuer;
  }

  @Override
  public AssumeRoleResult assumeRole(AssumeRoleCommand command) {
    Caller caller = command.caller();
    Principal principal = caller.principal();
    if (principal instanceof AccountRootPrincipal) {
      throw AccessDeniedException.because("Roles may not be assumed by root accounts.");
    }
    String roleArn = command.roleArn().toString();
    // A role that does not exist is indistinguishable from one that does not trust the caller.
    Role role =
        RoleArns.find(roles, command.roleArn()).orElseThrow(() -> denied(principal, roleArn));
    RequestContext request = new RequestContext(principal, ACTION, roleArn, keys(command, role));
    Decision decision =
        PolicyEvaluator.evaluate(
            request,
            permissions.policies(caller).withTrustPolicy(role.trustPolicy(), role.account()));
    if (!decision.isAllowed()) {
      throw denied(principal, roleArn);
    }
    boolean chained = principal instanceof AssumedRolePrincipal;
    Duration duration = role.sessionDuration(command.durationSeconds(), chained);
    AssumedRolePrincipal session = role.session(command.roleSessionName());
    TemporaryCredentials credentials = issuer.issue(session, duration, SessionContext.NONE);
    return new AssumeRoleResult(credentials, session.arn().toString(), session.userId());
  }

  /** The caller's keys, the role's tags as the resource's, and the request's own STS keys. */
  private ConditionKeys keys(AssumeRoleCommand command, Role role) {
    ConditionKeys.Builder keys = requestKeys.of(command.caller());
    for (Tag tag : role.tags()) {
      keys.put("aws:ResourceTag/" + tag.key(), tag.value());
    }
    return keys.put("sts:RoleSessionName", command.roleSessionName().value()).build();
  }

  private static AccessDeniedException denied(Principal principal, String roleArn) {
    return AccessDeniedException.notAuthorized(principal.arn().toString(), ACTION, roleArn);
  }
}
