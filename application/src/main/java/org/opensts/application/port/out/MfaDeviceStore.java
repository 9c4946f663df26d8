package org.opensts.application.port.out;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.iam.VirtualMfaDevice;

/** Where virtual MFA devices live, keyed by serial number (path and name) per account. */
public interface MfaDeviceStore {

  /**
   * Adds a new device, atomically, unless one with the same serial number exists.
   *
   * @return false when the serial number was taken, and nothing changed
   */
  boolean add(VirtualMfaDevice device);

  /**
   * @param serialNumber the device's ARN, such as {@code arn:aws:iam::123456789012:mfa/alice}
   */
  Optional<VirtualMfaDevice> find(AccountId account, String serialNumber);

  /**
   * Replaces the device with that serial number by {@code change} applied to it, atomically, so
   * that two requests enabling one device cannot both succeed.
   *
   * @param change returns the device to store; it may throw, and then nothing changes
   * @return the stored device, or empty when there is no such device
   */
  Optional<VirtualMfaDevice> update(
      AccountId account, String serialNumber, UnaryOperator<VirtualMfaDevice> change);

  /** The account's devices, in no particular order. */
  List<VirtualMfaDevice> list(AccountId account);

  /** Removes the device with that serial number, if there is one. */
  void delete(AccountId account, String serialNumber);
}
