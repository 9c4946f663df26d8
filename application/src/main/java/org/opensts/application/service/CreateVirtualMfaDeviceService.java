package org.opensts.application.service;

import java.util.random.RandomGenerator;
import org.opensts.application.port.in.iam.CreateVirtualMfaDeviceCommand;
import org.opensts.application.port.in.iam.CreateVirtualMfaDeviceResult;
import org.opensts.application.port.in.iam.CreateVirtualMfaDeviceUseCase;
import org.opensts.application.port.out.MfaDeviceStore;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.credential.Base32;
import org.opensts.domain.error.EntityException;
import org.opensts.domain.iam.VirtualMfaDevice;
import org.opensts.domain.identity.IamPath;

/** CreateVirtualMFADevice: a device with a fresh 160-bit secret, not yet enabled for anyone. */
final class CreateVirtualMfaDeviceService implements CreateVirtualMfaDeviceUseCase {

  private final MfaDeviceStore devices;
  private final IamAuthorizer authorizer;
  private final RandomGenerator random;

  CreateVirtualMfaDeviceService(
      MfaDeviceStore devices, IamAuthorizer authorizer, RandomGenerator random) {
    this.devices = devices;
    this.authorizer = authorizer;
    this.random = random;
  }

  @Override
  public CreateVirtualMfaDeviceResult createVirtualMfaDevice(
      CreateVirtualMfaDeviceCommand command) {
    AccountId account = command.caller().principal().account();
    IamPath path = IamPath.of(command.path());
    String serialNumber =
        VirtualMfaDevice.serialNumberOf(account, path, command.deviceName()).toString();
    authorizer.authorize(command.caller(), "iam:CreateVirtualMFADevice", serialNumber);
    byte[] secret = new byte[VirtualMfaDevice.SEED_BYTES];
    random.nextBytes(secret);
    return create(command, Base32.encode(secret));
  }

  /**
   * The bootstrap file's path: a device with a seed chosen in advance, so that authenticator apps
   * can be configured before the server starts. Only trusted configuration reaches it; the API
   * always draws a fresh secret. The command is checked and authorized as for the API.
   *
   * @param seed the secret in Base32
   * @throws IllegalArgumentException for a seed that is not Base32
   */
  CreateVirtualMfaDeviceResult createWithSeed(CreateVirtualMfaDeviceCommand command, String seed) {
    AccountId account = command.caller().principal().account();
    IamPath path = IamPath.of(command.path());
    authorizer.authorize(
        command.caller(),
        "iam:CreateVirtualMFADevice",
        VirtualMfaDevice.serialNumberOf(account, path, command.deviceName()).toString());
    return create(command, seed);
  }

  private CreateVirtualMfaDeviceResult create(CreateVirtualMfaDeviceCommand command, String seed) {
    AccountId account = command.caller().principal().account();
    IamPath path = IamPath.of(command.path());
    VirtualMfaDevice device =
        VirtualMfaDevice.create(account, path, command.deviceName(), seed, command.tags());
    if (!devices.add(device)) {
      throw EntityException.alreadyExists(
          "MFADevice entity at the same path and name already exists.");
    }
    return new CreateVirtualMfaDeviceResult(device);
  }
}
