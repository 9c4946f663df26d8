package org.opensts.application.service;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.opensts.application.port.in.sts.AssumeRoleCommand;
import org.opensts.application.port.in.sts.AssumeRoleResult;
import org.opensts.application.port.in.sts.AssumeRoleUseCase;
import org.opensts.application.port.out.RoleStore;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.credential.SessionContext;
import org.opensts.domain.credential.SessionTags;
import org.opensts.domain.credential.TemporaryCredentials;
import org.opensts.domain.error.AccessDeniedException;
import org.opensts.domain.iam.Role;
import org.opensts.domain.identity.AccountRootPrincipal;
import org.opensts.domain.identity.AssumedRolePrincipal;
import org.opensts.domain.identity.FederatedUserPrincipal;
import org.opensts.domain.identity.Principal;
import org.opensts.domain.identity.Tag;
import org.opensts.domain.policy.ConditionKeys;
import org.opensts.domain.policy.PolicyEvaluator;
import org.opensts.domain.policy.PolicySet;
import org.opensts.domain.policy.RequestContext;

/**
 * AssumeRole: issues temporary credentials for a role the caller is trusted to assume. The role's
 * trust policy (and, where AWS asks for it, the caller's own policies) must allow {@code
 * sts:AssumeRole}, and also {@code sts:TagSession} to pass tags and {@code sts:SetSourceIdentity}
 * for a session with a source identity. The new session carries its session policies, its tags with
 * those inherited as transitive, its source identity and its MFA context.
 */
final class AssumeRoleService implements AssumeRoleUseCase {

  static final String ACTION = "sts:AssumeRole";
  static final String TAG_SESSION = "sts:TagSession";
  static final String SET_SOURCE_IDENTITY = "sts:SetSourceIdentity";

  private final RoleStore roles;
  private final CallerPermissions permissions;
  private final RequestKeys requestKeys;
  private final SessionPolicyResolver sessionPolicies;
  private final MfaCheck mfaCheck;
  private final CredentialIssuer issuer;

  AssumeRoleService(
      RoleStore roles,
      CallerPermissions permissions,
      RequestKeys requestKeys,
      SessionPolicyResolver sessionPolicies,
      MfaCheck mfaCheck,
      CredentialIssuer issuer) {
    this.roles = roles;
    this.permissions = permissions;
    this.requestKeys = requestKeys;
    this.sessionPolicies = sessionPolicies;
    this.mfaCheck = mfaCheck;
    this.issuer = issuer;
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
    ConditionKeys keys =
        keys(command, role, tags, sourceIdentity, mfaAuthenticatedAt != null, callerContext);
    PolicySet policies =
        permissions.policies(caller).withTrustPolicy(role.trustPolicy(), role.account());
    authorize(principal, ACTION, roleArn, keys, policies);
    if (!tags.requested().isEmpty()) {
      authorize(principal, TAG_SESSION, roleArn, keys, policies);
    }
    if (sourceIdentity != null) {
      authorize(principal, SET_SOURCE_IDENTITY, roleArn, keys, policies);
    }
    boolean chained = principal instanceof AssumedRolePrincipal;
    Duration duration = role.sessionDuration(options.durationSeconds(), chained);
    List<String> policyTexts = sessionPolicies.resolve(options.policies(), role.account());
    Integer packedSize =
        options.policies().isEmpty() && tags.requested().isEmpty()
            ? null
            : SessionPolicyResolver.packedSize(options.policies(), tags.tags());
    AssumedRolePrincipal session = role.session(command.roleSessionName());
    SessionContext context =
        new SessionContext(
            policyTexts,
            tags.tags(),
            tags.transitiveTagKeys(),
            sourceIdentity,
            mfaAuthenticatedAt,
            null);
    TemporaryCredentials credentials = issuer.issue(session, duration, context);
    return new AssumeRoleResult(
        credentials, session.arn().toString(), session.userId(), packedSize, sourceIdentity);
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
      throw denied(principal, SET_SOURCE_IDENTITY, roleArn);
    }
    return requested != null ? requested : inherited;
  }

  private static void authorize(
      Principal principal, String action, String roleArn, ConditionKeys keys, PolicySet policies) {
    RequestContext request = new RequestContext(principal, action, roleArn, keys);
    if (!PolicyEvaluator.evaluate(request, policies).isAllowed()) {
      throw denied(principal, action, roleArn);
    }
  }

  /**
   * The caller's keys; the role's tags as the resource's, where the caller's transitive tags
   * replace those with the same key; and the request's own keys, including the MFA it passed.
   */
  private ConditionKeys keys(
      AssumeRoleCommand command,
      Role role,
      SessionTags tags,
      String sourceIdentity,
      boolean mfaAuthenticated,
      SessionContext callerContext) {
    AssumeRoleCommand.Options options = command.options();
    ConditionKeys.Builder keys = requestKeys.of(command.caller());
    for (Tag tag : role.tags()) {
      keys.put("aws:ResourceTag/" + tag.key(), tag.value());
    }
    for (Tag tag : callerContext.transitiveTags()) {
      keys.put("aws:ResourceTag/" + tag.key(), tag.value());
    }
    keys.put("sts:RoleSessionName", command.roleSessionName().value())
        .putIfPresent("sts:ExternalId", options.externalId())
        .putIfPresent("sts:SourceIdentity", sourceIdentity);
    RequestKeys.withRequestTags(keys, tags.requested());
    if (!options.transitiveTagKeys().isEmpty()) {
      keys.put("sts:TransitiveTagKeys", options.transitiveTagKeys());
    }
    if (mfaAuthenticated) {
      keys.put("aws:MultiFactorAuthPresent", "true").put("aws:MultiFactorAuthAge", "0");
    }
    return keys.build();
  }

  private static AccessDeniedException denied(Principal principal, String action, String roleArn) {
    return AccessDeniedException.notAuthorized(principal.arn().toString(), action, roleArn);
  }
}
