package org.opensts.application.service;

import java.time.Duration;
import org.opensts.application.port.in.sts.GetSessionTokenCommand;
import org.opensts.application.port.in.sts.GetSessionTokenResult;
import org.opensts.application.port.in.sts.GetSessionTokenUseCase;
import org.opensts.domain.credential.LongTermKeyCaller;
import org.opensts.domain.credential.SessionContext;
import org.opensts.domain.error.AccessDeniedException;
import org.opensts.domain.identity.AccountRootPrincipal;
import org.opensts.domain.identity.Principal;

/**
 * GetSessionToken: long-term credentials of a user or the root in, temporary credentials for the
 * same principal out. No policy governs it; session credentials cannot call it.
 */
final class GetSessionTokenService implements GetSessionTokenUseCase {

  private static final Duration USER_DEFAULT = Duration.ofHours(12);
  private static final Duration ROOT_LIMIT = Duration.ofHours(1);

  private final CredentialIssuer issuer;

  GetSessionTokenService(CredentialIssuer issuer) {
    this.issuer = issuer;
  }

  @Override
  public GetSessionTokenResult getSessionToken(GetSessionTokenCommand command) {
    if (command.caller().isTemporary()) {
      throw AccessDeniedException.because("Cannot call GetSessionToken with session credentials");
    }
    if (command.serialNumber() != null || command.tokenCode() != null) {
      // No MFA device can be registered yet, so no serial number can be associated with the caller.
      throw AccessDeniedException.because(
          "MultiFactorAuthentication failed, unable to validate MFA code. Please verify your MFA"
              + " serial number is valid and associated with this user.");
    }
    Principal principal = command.caller().principal();
    LongTermKeyCaller keyCaller = (LongTermKeyCaller) command.caller();
    SessionContext context = SessionContext.NONE.withSourceAccessKey(keyCaller.key().id());
    return new GetSessionTokenResult(
        issuer.issue(principal, duration(command, principal), context));
  }

  /** The root's sessions are silently capped at one hour, which is also their default. */
  private static Duration duration(GetSessionTokenCommand command, Principal principal) {
    Duration requested =
        command.durationSeconds() == null
            ? USER_DEFAULT
            : Duration.ofSeconds(command.durationSeconds());
    if (principal instanceof AccountRootPrincipal && requested.compareTo(ROOT_LIMIT) > 0) {
      return ROOT_LIMIT;
    }
    return requested;
  }
}
