package org.opensts.application.service;

import org.opensts.application.port.in.iam.DeactivateMfaDeviceCommand;
import org.opensts.application.port.in.iam.DeactivateMfaDeviceResult;
import org.opensts.application.port.in.iam.DeactivateMfaDeviceUseCase;
import org.opensts.application.port.out.MfaDeviceStore;
import org.opensts.domain.error.EntityException;
import org.opensts.domain.iam.User;

/** DeactivateMFADevice: the device stays, free to be enabled again or deleted. */
final class DeactivateMfaDeviceService implements DeactivateMfaDeviceUseCase {

  private final MfaDeviceStore devices;
  private final IamUsers iamUsers;

  DeactivateMfaDeviceService(MfaDeviceStore devices, IamUsers iamUsers) {
    this.devices = devices;
    this.iamUsers = iamUsers;
  }

  @Override
  public DeactivateMfaDeviceResult deactivateMfaDevice(DeactivateMfaDeviceCommand command) {
    User user =
        iamUsers.authorized(command.caller(), "iam:DeactivateMFADevice", command.userName());
    devices
        .update(
            user.account(),
            command.serialNumber(),
            device -> {
              if (!device.userName().filter(user.name()::equals).isPresent()) {
                throw notEnabledFor(command.serialNumber(), user.name());
              }
              return device.deactivated();
            })
        .orElseThrow(() -> notEnabledFor(command.serialNumber(), user.name()));
    return new DeactivateMfaDeviceResult();
  }

  private static EntityException notEnabledFor(String serialNumber, String userName) {
    return EntityException.noSuchEntity(
        "MFA Device with serial number "
            + serialNumber
            + " does not exist for user "
            + userName
            + ".");
  }
}
