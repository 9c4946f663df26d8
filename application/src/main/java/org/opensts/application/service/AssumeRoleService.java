package org.opensts.application.service;

import java.time.Instant;
import org.opensts.application.port.in.sts.AssumeRoleCommand;
import org.opensts.application.port.in.sts.AssumeRoleResult;
import org.opensts.application.port.in.sts.AssumeRoleUseCase;
import org.opensts.application.port.out.RoleStore;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.credential.SessionContext;
import org.opensts.domain.credential.SessionTags;
import org.opensts.domain.error.AccessDeniedException;
import org.opensts.domain.iam.Role;
import org.opensts.domain.identity.AccountRootPrincipal;
import org.opensts.domain.identity.AssumedRolePrincipal;
import org.opensts.domain.identity.FederatedUserPrincipal;
import org.opensts.domain.identity.Principal;
import org.opensts.domain.policy.ConditionKeys;

/**
 * AssumeRole: issues temporary credentials for a role the caller is trusted to assume. The role's
 * trust policy (and, where AWS asks for it, the caller's own policies) must allow {@code
 * sts:AssumeRole}, and also {@code sts:TagSession} to pass tags and {@code sts:SetSourceIdentity}
 * for a session with a source identity. The new session carries its session policies, its tags with
 * those inherited as transitive, its source identity and its MFA context.
 */
final class AssumeRoleService implements AssumeRoleUseCase {

  static final String ACTION = "sts:AssumeRole";

  private final RoleStore roles;
  private final CallerPermissions permissions;
  private final RequestKeys requestKeys;
  private final MfaCheck mfaCheck;
  private final RoleSessions sessions;

  AssumeRoleService(
      RoleStore roles,
      CallerPermissions permissions,
      RequestKeys requestKeys,
      MfaCheck mfaCheck,
      RoleSessions sessions) {
    this.roles = roles;
    this.permissions = permissions;
    this.requestKeys = requestKeys;
    this.mfaCheck = mfaCheck;
    this.sessions = sessions;
  }

  @Override
  public AssumeRoleResult assumeRole(AssumeRoleCommand command) {
    Caller caller = command.caller();
    Principal principal = caller.principal();
    AssumeRoleCommand.Options options = command.options();
    String roleArn = command.roleArn().toString();
    if (principal instanceof AccountRootPrincipal) {
      throw AccessDeniedException.because("Roles may not be assumed by root accounts.");
    }
    if (principal instanceof FederatedUserPrincipal) {
      // Federated users may call no STS operation but GetCallerIdentity.
      throw denied(principal, ACTION, roleArn);
    }
    SessionContext callerContext = CallerPermissions.contextOf(caller);
    SessionTags tags = SessionTags.of(options.tags(), options.transitiveTagKeys(), callerContext);
    String sourceIdentity = sourceIdentity(options, callerContext, principal, roleArn);
    // A role that does not exist is indistinguishable from one that does not trust the caller.
    Role role =
        RoleArns.find(roles, command.roleArn())
            .orElseThrow(() -> denied(principal, ACTION, roleArn));
    Instant mfaAuthenticatedAt =
        mfaCheck.verify(
            caller, options.serialNumber(), options.tokenCode(), MfaCheck.Operation.ASSUME_ROLE);
    RoleSessions.Request request =
        new RoleSessions.Request(
            role,
            command.roleSessionName(),
            options.durationSeconds(),
            principal instanceof AssumedRolePrincipal,
            options.policies(),
            tags,
            sourceIdentity,
            mfaAuthenticatedAt,
            null);
    ConditionKeys.Builder keys =
        RoleSessions.trustKeys(
                requestKeys.of(caller), request, options.transitiveTagKeys(), callerContext)
            .putIfPresent("sts:ExternalId", options.externalId());
    if (mfaAuthenticatedAt != null) {
      keys.put("aws:MultiFactorAuthPresent", "true").put("aws:MultiFactorAuthAge", "0");
    }
    RoleSessions.authorize(
        principal,
        ACTION,
        request,
        permissions.policies(caller).withTrustPolicy(role.trustPolicy(), role.account()),
        keys.build(),
        action -> denied(principal, action, roleArn));
    RoleSessions.Issued issued = sessions.issue(request);
    return new AssumeRoleResult(
        issued.credentials(),
        issued.session().arn().toString(),
        issued.session().userId(),
        issued.packedPolicySize(),
        sourceIdentity);
  }

  /** Once set, a source identity passes through every chained session and cannot change. */
  private static String sourceIdentity(
      AssumeRoleCommand.Options options,
      SessionContext callerContext,
      Principal principal,
      String roleArn) {
    String inherited = callerContext.sourceIdentity();
    String requested = options.sourceIdentity();
    if (inherited != null && requested != null && !inherited.equals(requested)) {
      throw denied(principal, RoleSessions.SET_SOURCE_IDENTITY, roleArn);
    }
    return requested != null ? requested : inherited;
  }

  private static AccessDeniedException denied(Principal principal, String action, String roleArn) {
    return AccessDeniedException.notAuthorized(principal.arn().toString(), action, roleArn);
  }
}
