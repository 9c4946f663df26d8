package org.opensts.adapter.persistence.memory;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.opensts.application.port.out.MfaDeviceStore;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.iam.VirtualMfaDevice;

/** Virtual MFA devices in a concurrent map keyed by account and serial number. */
public final class InMemoryMfaDeviceStore implements MfaDeviceStore {

  private record Key(AccountId account, String serialNumber) {}

  private final Map<Key, VirtualMfaDevice> devices = new ConcurrentHashMap<>();

  @Override
  public boolean add(VirtualMfaDevice device) {
    return devices.putIfAbsent(key(device), device) == null;
  }

  @Override
  public Optional<VirtualMfaDevice> find(AccountId account, String serialNumber) {
    return Optional.ofNullable(devices.get(new Key(account, serialNumber)));
  }

  @Override
  public Optional<VirtualMfaDevice> update(
      AccountId account, String serialNumber, UnaryOperator<VirtualMfaDevice> change) {
    // computeIfPresent runs the change under the entry's lock; an exception leaves the entry as is.
    return Optional.ofNullable(
        devices.computeIfPresent(
            new Key(account, serialNumber),
            (key, device) -> {
              VirtualMfaDevice changed = change.apply(device);
              if (!key.equals(key(changed))) {
                throw new IllegalArgumentException("An update must keep the serial number");
              }
              return changed;
            }));
  }

  @Override
  public List<VirtualMfaDevice> list(AccountId account) {
    return devices.values().stream().filter(d -> d.account().equals(account)).toList();
  }

  @Override
  public void delete(AccountId account, String serialNumber) {
    devices.remove(new Key(account, serialNumber));
  }

  private static Key key(VirtualMfaDevice device) {
    return new Key(device.account(), device.serialNumber().toString());
  }
}
