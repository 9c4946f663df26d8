package org.opensts.application.port.in.iam;

/**
 * Use case: EnableMFADevice — enables a virtual MFA device for a user, given two consecutive codes
 * from it.
 */
public interface EnableMfaDeviceUseCase {

  EnableMfaDeviceResult enableMfaDevice(EnableMfaDeviceCommand command);
}
