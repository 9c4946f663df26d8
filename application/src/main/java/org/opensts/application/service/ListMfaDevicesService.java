package org.opensts.application.service;

import org.opensts.application.port.in.iam.ListMfaDevicesCommand;
import org.opensts.application.port.in.iam.ListMfaDevicesResult;
import org.opensts.application.port.in.iam.ListMfaDevicesUseCase;
import org.opensts.application.port.out.MfaDeviceStore;
import org.opensts.domain.error.InvalidRequestException;
import org.opensts.domain.iam.User;
import org.opensts.domain.iam.VirtualMfaDevice;
import org.opensts.domain.identity.IamUserPrincipal;

/** ListMFADevices: the devices enabled for the named user, or the calling user, page by page. */
final class ListMfaDevicesService implements ListMfaDevicesUseCase {

  private final MfaDeviceStore devices;
  private final IamUsers iamUsers;

  ListMfaDevicesService(MfaDeviceStore devices, IamUsers iamUsers) {
    this.devices = devices;
    this.iamUsers = iamUsers;
  }

  @Override
  public ListMfaDevicesResult listMfaDevices(ListMfaDevicesCommand command) {
    String userName = command.userName();
    if (userName == null) {
      if (!(command.caller().principal() instanceof IamUserPrincipal caller)) {
        throw InvalidRequestException.validationError(
            "Must specify userName when calling with non-User credentials");
      }
      userName = caller.userName();
    }
    User user = iamUsers.authorized(command.caller(), "iam:ListMFADevices", userName);
    Pagination.Slice<VirtualMfaDevice> slice =
        Pagination.page(
            devices.list(user.account()).stream()
                .filter(device -> device.userName().filter(user.name()::equals).isPresent())
                .toList(),
            device -> device.serialNumber().toString(),
            command.marker(),
            command.maxItems());
    return new ListMfaDevicesResult(user.name(), slice.items(), slice.truncated(), slice.marker());
  }
}
