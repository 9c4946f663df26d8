package org.opensts.application.port.in.iam;

/** Use case: DeactivateMFADevice — stops a user's MFA device from being used for that user. */
public interface DeactivateMfaDeviceUseCase {

  DeactivateMfaDeviceResult deactivateMfaDevice(DeactivateMfaDeviceCommand command);
}
