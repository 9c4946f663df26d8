package org.opensts.application.service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.opensts.application.port.out.MfaDeviceStore;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.credential.LongTermKeyCaller;
import org.opensts.domain.error.AccessDeniedException;
import org.opensts.domain.iam.VirtualMfaDevice;
import org.opensts.domain.identity.IamUserPrincipal;

/**
 * MFA-protected STS calls (GetSessionToken, AssumeRole): checks an MFA serial number and one-time
 * code against the caller's enabled virtual device, and spends the code, with AWS's messages.
 */
final class MfaCheck {

  /** The STS operation asking, since AWS words a wrong code differently for each. */
  enum Operation {
    GET_SESSION_TOKEN,
    ASSUME_ROLE
  }

  static final String MISSING_HALF =
      "MultiFactorAuthentication failed, must provide both MFA serial number and one time pass"
          + " code.";

  // AWS puts two spaces after "code.".
  static final String UNABLE_TO_VALIDATE =
      "MultiFactorAuthentication failed, unable to validate MFA code.  Please verify your MFA"
          + " serial number is valid and associated with this user.";

  static final String INVALID_CODE =
      "MultiFactorAuthentication failed with invalid MFA one time pass code.";

  private final MfaDeviceStore devices;
  private final Clock clock;

  MfaCheck(MfaDeviceStore devices, Clock clock) {
    this.devices = devices;
    this.clock = clock;
  }

  /**
   * Checks the code against the device and spends it, in one atomic update of the device, so two
   * requests with the same code cannot both pass.
   *
   * @return null when neither a serial number nor a code was given (no MFA); otherwise the instant,
   *     in whole seconds, the code was checked
   * @throws AccessDeniedException when only one of the two is given, when the serial number is not
   *     of a device enabled for the calling IAM user signing with its long-term key, or when the
   *     code is wrong or already used
   */
  Instant verify(Caller caller, String serialNumber, String tokenCode, Operation operation) {
    if (serialNumber == null && tokenCode == null) {
      return null;
    }
    if (serialNumber == null || tokenCode == null) {
      throw AccessDeniedException.because(MISSING_HALF);
    }
    // MFA-protected API access is for IAM users' long-term keys: not the root, not any session.
    if (!(caller instanceof LongTermKeyCaller)
        || !(caller.principal() instanceof IamUserPrincipal user)) {
      throw AccessDeniedException.because(UNABLE_TO_VALIDATE);
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    Optional<VirtualMfaDevice> accepted =
        devices.update(
            user.account(),
            serialNumber,
            device -> {
              if (!device.account().equals(user.account())
                  || !device.isEnabledFor(user.userName())) {
                throw AccessDeniedException.because(UNABLE_TO_VALIDATE);
              }
              return device
                  .acceptingCode(now, tokenCode)
                  .orElseThrow(() -> AccessDeniedException.because(wrongCode(operation)));
            });
    if (accepted.isEmpty()) {
      throw AccessDeniedException.because(UNABLE_TO_VALIDATE);
    }
    return now;
  }

  /** AWS answers a wrong code for GetSessionToken as if the device were unknown. */
  private static String wrongCode(Operation operation) {
    return switch (operation) {
      case GET_SESSION_TOKEN -> UNABLE_TO_VALIDATE;
      case ASSUME_ROLE -> INVALID_CODE;
    };
  }
}
