package org.opensts.application.service;

import java.time.Clock;
import java.time.Instant;
import java.util.function.BiFunction;
import org.opensts.application.port.in.iam.EnableMfaDeviceCommand;
import org.opensts.application.port.in.iam.EnableMfaDeviceResult;
import org.opensts.application.port.in.iam.EnableMfaDeviceUseCase;
import org.opensts.application.port.out.MfaDeviceStore;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.error.AuthenticationException;
import org.opensts.domain.error.EntityException;
import org.opensts.domain.iam.User;
import org.opensts.domain.iam.VirtualMfaDevice;

/**
 * EnableMFADevice: ties a virtual device to a user once the user proves to hold it with two
 * consecutive codes. The check and the change happen in one atomic update of the device.
 */
final class EnableMfaDeviceService implements EnableMfaDeviceUseCase {

  private final MfaDeviceStore devices;
  private final IamUsers iamUsers;
  private final Clock clock;

  EnableMfaDeviceService(MfaDeviceStore devices, IamUsers iamUsers, Clock clock) {
    this.devices = devices;
    this.iamUsers = iamUsers;
    this.clock = clock;
  }

  @Override
  public EnableMfaDeviceResult enableMfaDevice(EnableMfaDeviceCommand command) {
    return enable(
        command.caller(),
        command.userName(),
        command.serialNumber(),
        (device, now) ->
            device
                .acceptingConsecutiveCodes(
                    now, command.authenticationCode1(), command.authenticationCode2())
                .orElseThrow(AuthenticationException::invalidAuthenticationCode));
  }

  /**
   * The bootstrap file's path: enables a device for a user without TOTP codes. The file is trusted
   * configuration written by the operator, who declared the seed and so holds the device; there is
   * no user at start-up to type codes. Every other check (authorization, the user and the device
   * exist, the device is not in use, the per-user quota) is the API's.
   */
  EnableMfaDeviceResult enableTrusted(Caller caller, String userName, String serialNumber) {
    return enable(caller, userName, serialNumber, (device, now) -> device);
  }

  private EnableMfaDeviceResult enable(
      Caller caller,
      String userName,
      String serialNumber,
      BiFunction<VirtualMfaDevice, Instant, VirtualMfaDevice> proveHolding) {
    User user = iamUsers.authorized(caller, "iam:EnableMFADevice", userName);
    AccountId account = user.account();
    long inUse =
        devices.list(account).stream()
            .filter(device -> device.userName().filter(user.name()::equals).isPresent())
            .count();
    if (inUse >= VirtualMfaDevice.MAX_PER_USER) {
      throw EntityException.limitExceeded("MFADevicesPerUser", VirtualMfaDevice.MAX_PER_USER);
    }
    Instant now = clock.instant();
    devices
        .update(
            account,
            serialNumber,
            device -> {
              if (device.isEnabled()) {
                throw EntityException.alreadyExists("MFA Device is already in use.");
              }
              // The proof spends the codes it took (the device keeps their step), or throws.
              return proveHolding.apply(device, now).enabledFor(user.name(), now);
            })
        .orElseThrow(() -> noSuchDevice(serialNumber));
    return new EnableMfaDeviceResult();
  }

  static EntityException noSuchDevice(String serialNumber) {
    return EntityException.noSuchEntity(
        "VirtualMFADevice with serial number " + serialNumber + " doesn't exist.");
  }
}
