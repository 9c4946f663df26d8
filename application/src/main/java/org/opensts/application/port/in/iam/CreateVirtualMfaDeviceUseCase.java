package org.opensts.application.port.in.iam;

/**
 * Use case: CreateVirtualMFADevice — creates a virtual MFA device and returns its fresh TOTP
 * secret.
 */
public interface CreateVirtualMfaDeviceUseCase {

  CreateVirtualMfaDeviceResult createVirtualMfaDevice(CreateVirtualMfaDeviceCommand command);
}
