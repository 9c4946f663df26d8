package org.opensts.application.service;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.opensts.domain.credential.SessionContext;
import org.opensts.domain.credential.SessionPolicyParameters;
import org.opensts.domain.credential.SessionTags;
import org.opensts.domain.credential.TemporaryCredentials;
import org.opensts.domain.error.StsException;
import org.opensts.domain.iam.Role;
import org.opensts.domain.identity.AssumedRolePrincipal;
import org.opensts.domain.identity.Principal;
import org.opensts.domain.identity.RoleSessionName;
import org.opensts.domain.identity.Tag;
import org.opensts.domain.policy.ConditionKeys;
import org.opensts.domain.policy.PolicyEvaluator;
import org.opensts.domain.policy.PolicySet;
import org.opensts.domain.policy.RequestContext;

/**
 * What the three ways of assuming a role (AssumeRole, AssumeRoleWithWebIdentity,
 * AssumeRoleWithSAML) share: the trust policy must allow the action, and {@code sts:TagSession} to
 * pass tags and {@code sts:SetSourceIdentity} for a session with a source identity; then the
 * session is issued with its session policies, tags, source identity and federation context.
 */
final class RoleSessions {

  static final String TAG_SESSION = "sts:TagSession";
  static final String SET_SOURCE_IDENTITY = "sts:SetSourceIdentity";

  private final SessionPolicyResolver sessionPolicies;
  private final CredentialIssuer issuer;

  RoleSessions(SessionPolicyResolver sessionPolicies, CredentialIssuer issuer) {
    this.sessionPolicies = sessionPolicies;
    this.issuer = issuer;
  }

  /** The new session's parameters, once its caller is known. */
  record Request(
      Role role,
      RoleSessionName sessionName,
      Integer durationSeconds,
      boolean chained,
      SessionPolicyParameters policies,
      SessionTags tags,
      String sourceIdentity,
      Instant mfaAuthenticatedAt,
      String federatedProvider) {}

  /** The issued session, with the packed size when policies or tags were passed. */
  record Issued(
      TemporaryCredentials credentials, AssumedRolePrincipal session, Integer packedPolicySize) {}

  /**
   * The request's own keys, as trust policies see them: the role's tags as {@code
   * aws:ResourceTag/*} (replaced by the caller's transitive tags of the same key), {@code
   * sts:RoleSessionName}, {@code sts:SourceIdentity}, the tags passed and the transitive keys.
   */
  static ConditionKeys.Builder trustKeys(
      ConditionKeys.Builder keys,
      Request request,
      List<String> requestedTransitiveKeys,
      SessionContext callerContext) {
    for (Tag tag : request.role().tags()) {
      keys.put("aws:ResourceTag/" + tag.key(), tag.value());
    }
    for (Tag tag : callerContext.transitiveTags()) {
      keys.put("aws:ResourceTag/" + tag.key(), tag.value());
    }
    keys.put("sts:RoleSessionName", request.sessionName().value())
        .putIfPresent("sts:SourceIdentity", request.sourceIdentity());
    RequestKeys.withRequestTags(keys, request.tags().requested());
    if (!requestedTransitiveKeys.isEmpty()) {
      keys.put("sts:TransitiveTagKeys", requestedTransitiveKeys);
    }
    return keys;
  }

  /**
   * Checks that the policies allow {@code action} on the role, and the tagging and source identity
   * the request asks for.
   *
   * @param denied the error for a denied action, worded as the operation's
   */
  static void authorize(
      Principal principal,
      String action,
      Request request,
      PolicySet policies,
      ConditionKeys keys,
      Function<String, StsException> denied) {
    check(principal, action, request, policies, keys, denied);
    if (!request.tags().requested().isEmpty()) {
      check(principal, TAG_SESSION, request, policies, keys, denied);
    }
    if (request.sourceIdentity() != null) {
      check(principal, SET_SOURCE_IDENTITY, request, policies, keys, denied);
    }
  }

  private static void check(
      Principal principal,
      String action,
      Request request,
      PolicySet policies,
      ConditionKeys keys,
      Function<String, StsException> denied) {
    RequestContext context =
        new RequestContext(principal, action, request.role().arn().toString(), keys);
    if (!PolicyEvaluator.evaluate(context, policies).isAllowed()) {
      throw denied.apply(action);
    }
  }

  Issued issue(Request request) {
    Role role = request.role();
    Duration duration = role.sessionDuration(request.durationSeconds(), request.chained());
    List<String> policyTexts = sessionPolicies.resolve(request.policies(), role.account());
    SessionTags tags = request.tags();
    Integer packedSize =
        request.policies().isEmpty() && tags.requested().isEmpty()
            ? null
            : SessionPolicyResolver.packedSize(request.policies(), tags.tags());
    AssumedRolePrincipal session = role.session(request.sessionName());
    SessionContext context =
        new SessionContext(
            policyTexts,
            tags.tags(),
            tags.transitiveTagKeys(),
            request.sourceIdentity(),
            request.mfaAuthenticatedAt(),
            null,
            request.federatedProvider());
    return new Issued(issuer.issue(session, duration, context), session, packedSize);
  }
}
