package org.opensts.application.service;

import java.util.List;
import org.opensts.application.port.in.sts.GetFederationTokenCommand;
import org.opensts.application.port.in.sts.GetFederationTokenResult;
import org.opensts.application.port.in.sts.GetFederationTokenUseCase;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.credential.LongTermKeyCaller;
import org.opensts.domain.credential.SessionContext;
import org.opensts.domain.credential.SessionTags;
import org.opensts.domain.credential.TemporaryCredentials;
import org.opensts.domain.error.AccessDeniedException;
import org.opensts.domain.identity.FederatedUserPrincipal;
import org.opensts.domain.identity.Principal;
import org.opensts.domain.policy.ConditionKeys;

/**
 * GetFederationToken: a user's (or the root's) long-term key in, credentials of a federated user
 * out. The caller's policies must allow {@code sts:GetFederationToken} on the federated user (and
 * {@code sts:TagSession} when it passes tags); the session then holds the intersection of the
 * caller's permissions and the session policies, and nothing without any. It lives only as long as
 * the caller's key stays active.
 */
final class GetFederationTokenService implements GetFederationTokenUseCase {

  static final String ACTION = "sts:GetFederationToken";
  static final String TAG_SESSION = "sts:TagSession";

  private final CallerPermissions permissions;
  private final RequestKeys requestKeys;
  private final SessionPolicyResolver sessionPolicies;
  private final CredentialIssuer issuer;

  GetFederationTokenService(
      CallerPermissions permissions,
      RequestKeys requestKeys,
      SessionPolicyResolver sessionPolicies,
      CredentialIssuer issuer) {
    this.permissions = permissions;
    this.requestKeys = requestKeys;
    this.sessionPolicies = sessionPolicies;
    this.issuer = issuer;
  }

  @Override
  public GetFederationTokenResult getFederationToken(GetFederationTokenCommand command) {
    Caller caller = command.caller();
    if (caller.isTemporary()) {
      throw AccessDeniedException.because(
          "Cannot call GetFederationToken with session credentials");
    }
    LongTermKeyCaller keyCaller = (LongTermKeyCaller) caller;
    Principal parent = caller.principal();
    FederatedUserPrincipal federated =
        new FederatedUserPrincipal(parent.account(), command.name(), parent);
    // Federation tokens carry no transitive tags: their sessions cannot assume roles.
    SessionTags tags = SessionTags.of(command.tags(), List.of(), SessionContext.NONE);
    String resource = federated.arn().toString();
    ConditionKeys keys =
        RequestKeys.withRequestTags(requestKeys.of(caller), tags.requested()).build();
    permissions.require(caller, ACTION, resource, keys);
    if (!tags.requested().isEmpty()) {
      permissions.require(caller, TAG_SESSION, resource, keys);
    }
    List<String> policyTexts = sessionPolicies.resolve(command.policies(), parent.account());
    int packedPolicySize = SessionPolicyResolver.packedSize(command.policies(), tags.requested());
    SessionContext context =
        new SessionContext(
            policyTexts, tags.tags(), List.of(), null, null, keyCaller.key().id(), null);
    TemporaryCredentials credentials =
        issuer.issue(
            federated, LongTermKeySessions.duration(command.durationSeconds(), parent), context);
    return new GetFederationTokenResult(
        credentials, resource, federated.userId(), packedPolicySize);
  }
}
