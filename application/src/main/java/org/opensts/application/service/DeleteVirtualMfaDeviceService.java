package org.opensts.application.service;

import org.opensts.application.port.in.iam.DeleteVirtualMfaDeviceCommand;
import org.opensts.application.port.in.iam.DeleteVirtualMfaDeviceResult;
import org.opensts.application.port.in.iam.DeleteVirtualMfaDeviceUseCase;
import org.opensts.application.port.out.MfaDeviceStore;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.error.EntityException;
import org.opensts.domain.iam.VirtualMfaDevice;

/** DeleteVirtualMFADevice: only a device no user has enabled, as IAM insists. */
final class DeleteVirtualMfaDeviceService implements DeleteVirtualMfaDeviceUseCase {

  private final MfaDeviceStore devices;
  private final IamAuthorizer authorizer;

  DeleteVirtualMfaDeviceService(MfaDeviceStore devices, IamAuthorizer authorizer) {
    this.devices = devices;
    this.authorizer = authorizer;
  }

  @Override
  public DeleteVirtualMfaDeviceResult deleteVirtualMfaDevice(
      DeleteVirtualMfaDeviceCommand command) {
    authorizer.authorize(command.caller(), "iam:DeleteVirtualMFADevice", command.serialNumber());
    AccountId account = command.caller().principal().account();
    VirtualMfaDevice device =
        devices
            .find(account, command.serialNumber())
            .orElseThrow(() -> EnableMfaDeviceService.noSuchDevice(command.serialNumber()));
    if (device.isEnabled()) {
      throw EntityException.deleteConflict("MFA Device is still in use.");
    }
    devices.delete(account, command.serialNumber());
    return new DeleteVirtualMfaDeviceResult();
  }
}
