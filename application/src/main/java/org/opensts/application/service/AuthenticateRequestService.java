package org.opensts.application.service;

import java.time.Clock;
import java.time.Instant;
import org.opensts.application.port.in.auth.AuthenticateRequestCommand;
import org.opensts.application.port.in.auth.AuthenticateRequestResult;
import org.opensts.application.port.in.auth.AuthenticateRequestUseCase;
import org.opensts.application.port.out.AccessKeyStore;
import org.opensts.application.port.out.KeyRing;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.credential.LongTermKeyCaller;
import org.opensts.domain.credential.RequestOrigin;
import org.opensts.domain.credential.Session;
import org.opensts.domain.credential.SessionCaller;
import org.opensts.domain.credential.SessionToken;
import org.opensts.domain.error.AuthenticationException;
import org.opensts.domain.identity.AccessKey;
import org.opensts.domain.identity.AccessKeyId;
import org.opensts.domain.identity.FederatedUserPrincipal;
import org.opensts.domain.identity.Principal;
import org.opensts.domain.signature.CredentialScope;
import org.opensts.domain.signature.SignatureClaim;
import org.opensts.domain.signature.SignatureV4;
import org.opensts.domain.signature.SignedRequest;

/**
 * Authenticates a SigV4 request: the scope must be this endpoint's, the time fresh, the key known
 * and active (or the session token genuine and unexpired), and the signature right.
 */
final class AuthenticateRequestService implements AuthenticateRequestUseCase {

  /** Clients signing for the global endpoint use us-east-1 whatever region the server is in. */
  private static final String GLOBAL_REGION = "us-east-1";

  private final AccessKeyStore accessKeys;
  private final Clock clock;
  private final String region;
  private final SignatureV4 signatureV4 = new SignatureV4();
  private final OpenedSessionTokens sessionTokens;

  AuthenticateRequestService(
      AccessKeyStore accessKeys, KeyRing keyRing, Clock clock, String region) {
    this.accessKeys = accessKeys;
    this.sessionTokens = new OpenedSessionTokens(keyRing);
    this.clock = clock;
    this.region = region;
  }

  @Override
  public AuthenticateRequestResult authenticate(AuthenticateRequestCommand command) {
    SignedRequest request = command.request();
    SignatureClaim claim = SignatureClaim.from(request);
    checkScope(claim, command.service());
    Instant now = clock.instant();
    SignatureV4.checkFreshness(claim, now);
    AccessKeyId keyId = new AccessKeyId(claim.accessKeyId());
    Caller caller =
        keyId.isTemporary()
            ? sessionCaller(claim, keyId, now, command.origin())
            : longTermCaller(claim, keyId, command.origin());
    signatureV4.verify(request, claim, caller.signingSecret().value());
    return new AuthenticateRequestResult(caller);
  }

  private void checkScope(SignatureClaim claim, String service) {
    CredentialScope scope = claim.scope();
    if (!scope.service().equals(service)) {
      throw AuthenticationException.signatureDoesNotMatch(
          "Credential should be scoped to correct service: '" + service + "'. ");
    }
    if (!scope.region().equals(region) && !scope.region().equals(GLOBAL_REGION)) {
      throw AuthenticationException.signatureDoesNotMatch(
          "Credential should be scoped to a valid region, not '" + scope.region() + "'. ");
    }
  }

  private Caller longTermCaller(SignatureClaim claim, AccessKeyId keyId, RequestOrigin origin) {
    if (claim.securityToken().isPresent()) {
      // A session token next to a long-term key is not one we issued for it.
      throw AuthenticationException.invalidClientTokenId();
    }
    AccessKey key =
        accessKeys
            .find(keyId)
            .filter(AccessKey::isActive)
            .orElseThrow(AuthenticationException::invalidClientTokenId);
    return new LongTermKeyCaller(key, origin);
  }

  private Caller sessionCaller(
      SignatureClaim claim, AccessKeyId keyId, Instant now, RequestOrigin origin) {
    SessionToken token =
        claim
            .securityToken()
            .map(SessionToken::new)
            .orElseThrow(AuthenticationException::invalidClientTokenId);
    Session session = sessionTokens.open(token);
    if (!session.accessKeyId().equals(keyId)) {
      throw AuthenticationException.invalidClientTokenId();
    }
    if (session.isExpiredAt(now)) {
      throw AuthenticationException.expiredToken();
    }
    if (!sourceKeyStillValid(session)) {
      throw AuthenticationException.invalidClientTokenId();
    }
    return new SessionCaller(session, origin);
  }

  /**
   * A session from a user's (or the root's) long-term key lives only as long as that key is active
   * and still the same principal's: deleting the user or deactivating the key revokes it.
   */
  private boolean sourceKeyStillValid(Session session) {
    AccessKeyId source = session.context().sourceAccessKey();
    if (source == null) {
      return true;
    }
    Principal owner =
        session.principal() instanceof FederatedUserPrincipal federated
            ? federated.parent()
            : session.principal();
    return accessKeys
        .find(source)
        .filter(AccessKey::isActive)
        .filter(key -> key.owner().userId().equals(owner.userId()))
        .isPresent();
  }
}
