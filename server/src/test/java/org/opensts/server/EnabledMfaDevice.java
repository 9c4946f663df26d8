package org.opensts.server;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.opensts.domain.credential.Base32;
import org.opensts.domain.credential.Totp;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.VirtualMFADevice;

/**
 * A virtual MFA device created and enabled through IAM, with the codes an authenticator app would
 * show at the test server's (movable) time, computed from the device's seed.
 */
record EnabledMfaDevice(String serialNumber, byte[] seed, MutableClock clock) {

  /**
   * Creates the device and enables it for the user with the codes of the previous and current
   * steps, as an authenticator app shows them. Those codes are then spent, so the clock moves to
   * the start of the next step: {@code code(0)} is fresh and will not roll over while a test runs.
   */
  static EnabledMfaDevice enable(
      IamClient admin, MutableClock clock, String userName, String deviceName) {
    VirtualMFADevice created =
        admin.createVirtualMFADevice(r -> r.virtualMFADeviceName(deviceName)).virtualMFADevice();
    EnabledMfaDevice device =
        new EnabledMfaDevice(
            created.serialNumber(),
            Base32.decode(created.base32StringSeed().asString(StandardCharsets.US_ASCII)),
            clock);
    long intoStep = clock.instant().getEpochSecond() % Totp.STEP_SECONDS;
    clock.advance(Duration.ofSeconds(Totp.STEP_SECONDS - intoStep));
    admin.enableMFADevice(
        r ->
            r.userName(userName)
                .serialNumber(device.serialNumber())
                .authenticationCode1(device.code(-1))
                .authenticationCode2(device.code(0)));
    clock.advance(Duration.ofSeconds(Totp.STEP_SECONDS));
    return device;
  }

  /** The device's code for the clock's current step plus {@code offset} steps. */
  String code(long offset) {
    return Totp.code(seed, Totp.stepAt(clock.instant()) + offset);
  }
}
