package org.opensts.application.service;

import java.time.Instant;
import org.opensts.application.port.in.sts.GetSessionTokenCommand;
import org.opensts.application.port.in.sts.GetSessionTokenResult;
import org.opensts.application.port.in.sts.GetSessionTokenUseCase;
import org.opensts.domain.credential.LongTermKeyCaller;
import org.opensts.domain.credential.SessionContext;
import org.opensts.domain.error.AccessDeniedException;
import org.opensts.domain.identity.Principal;

/**
 * GetSessionToken: long-term credentials of a user or the root in, temporary credentials for the
 * same principal out, carrying MFA when a code of the user's device is given. No policy governs it;
 * session credentials cannot call it.
 */
final class GetSessionTokenService implements GetSessionTokenUseCase {

  private final CredentialIssuer issuer;
  private final MfaCheck mfaCheck;

  GetSessionTokenService(CredentialIssuer issuer, MfaCheck mfaCheck) {
    this.issuer = issuer;
    this.mfaCheck = mfaCheck;
  }

  @Override
  public GetSessionTokenResult getSessionToken(GetSessionTokenCommand command) {
    if (command.caller().isTemporary()) {
      throw AccessDeniedException.because("Cannot call GetSessionToken with session credentials");
    }
    Instant mfaAuthenticatedAt =
        mfaCheck.verify(
            command.caller(),
            command.serialNumber(),
            command.tokenCode(),
            MfaCheck.Operation.GET_SESSION_TOKEN);
    Principal principal = command.caller().principal();
    LongTermKeyCaller keyCaller = (LongTermKeyCaller) command.caller();
    SessionContext context = SessionContext.NONE.withSourceAccessKey(keyCaller.key().id());
    if (mfaAuthenticatedAt != null) {
      // Sealed into the token: IAM then sees aws:MultiFactorAuthPresent and MultiFactorAuthAge.
      context = context.withMfaAuthenticatedAt(mfaAuthenticatedAt);
    }
    return new GetSessionTokenResult(
        issuer.issue(
            principal,
            LongTermKeySessions.duration(command.durationSeconds(), principal),
            context));
  }
}
