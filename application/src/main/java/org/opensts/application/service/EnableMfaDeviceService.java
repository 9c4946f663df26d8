package org.opensts.application.service;

import java.time.Clock;
import java.time.Instant;
import org.opensts.application.port.in.iam.EnableMfaDeviceCommand;
import org.opensts.application.port.in.iam.EnableMfaDeviceResult;
import org.opensts.application.port.in.iam.EnableMfaDeviceUseCase;
import org.opensts.application.port.out.MfaDeviceStore;
import org.opensts.domain.account.AccountId;
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
    User user = iamUsers.authorized(command.caller(), "iam:EnableMFADevice", command.userName());
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
            command.serialNumber(),
            device -> {
              if (device.isEnabled()) {
                throw EntityException.alreadyExists("MFA Device is already in use.");
              }
              if (!device.acceptsCodes(
                  now, command.authenticationCode1(), command.authenticationCode2())) {
                throw AuthenticationException.invalidAuthenticationCode();
              }
              return device.enabledFor(user.name(), now);
            })
        .orElseThrow(() -> noSuchDevice(command.serialNumber()));
    return new EnableMfaDeviceResult();
  }

  static EntityException noSuchDevice(String serialNumber) {
    return EntityException.noSuchEntity(
        "VirtualMFADevice with serial number " + serialNumber + " doesn't exist.");
  }
}
