package org.opensts.application.port.in.iam;

/** Use case: ListMFADevices — the MFA devices enabled for a user. */
public interface ListMfaDevicesUseCase {

  ListMfaDevicesResult listMfaDevices(ListMfaDevicesCommand command);
}
