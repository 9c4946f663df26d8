package org.opensts.application.port.in.iam;

/**
 * Use case: DeleteVirtualMFADevice — deletes a virtual MFA device that is not enabled for anyone.
 */
public interface DeleteVirtualMfaDeviceUseCase {

  DeleteVirtualMfaDeviceResult deleteVirtualMfaDevice(DeleteVirtualMfaDeviceCommand command);
}
