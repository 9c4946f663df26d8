package org.opensts.adapter.persistence.file;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.opensts.adapter.persistence.memory.InMemoryMfaDeviceStore;
import org.opensts.application.port.out.MfaDeviceStore;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.iam.VirtualMfaDevice;
import org.opensts.domain.secret.SecretBox;

/** Virtual MFA devices, journaled with their seeds sealed, over the in-memory store. */
final class FileMfaDeviceStore implements MfaDeviceStore {

  private final InMemoryMfaDeviceStore memory = new InMemoryMfaDeviceStore();
  private final ChangeJournal journal;
  private final ChangeRecords records;

  FileMfaDeviceStore(ChangeJournal journal, ChangeRecords records) {
    this.journal = journal;
    this.records = records;
  }

  @Override
  public boolean add(VirtualMfaDevice device) {
    return journal.change(
        slot(device.account(), device.serialNumber().toString()), () -> memory.add(device));
  }

  @Override
  public Optional<VirtualMfaDevice> find(AccountId account, String serialNumber) {
    return memory.find(account, serialNumber);
  }

  /** Under the journal's lock, so that two updates of one device cannot both be recorded. */
  @Override
  public Optional<VirtualMfaDevice> update(
      AccountId account, String serialNumber, UnaryOperator<VirtualMfaDevice> change) {
    return journal.change(
        slot(account, serialNumber), () -> memory.update(account, serialNumber, change));
  }

  @Override
  public List<VirtualMfaDevice> list(AccountId account) {
    return memory.list(account);
  }

  @Override
  public void delete(AccountId account, String serialNumber) {
    journal.change(
        slot(account, serialNumber),
        () -> {
          memory.delete(account, serialNumber);
          return null;
        });
  }

  void replay(JsonNode record) throws SecretBox.WrongKeyException {
    if (ChangeRecords.isPut(record)) {
      replace(records.mfaDevice(record));
    } else {
      memory.delete(
          AccountId.of(record.path("account").asText()), record.path("serialNumber").asText());
    }
  }

  private ChangeJournal.Slot<VirtualMfaDevice> slot(AccountId account, String serialNumber) {
    return new ChangeJournal.Slot<>(
        () -> memory.find(account, serialNumber),
        device -> records.put(device),
        () -> ChangeRecords.delete(ChangeRecords.MFA_DEVICE, account.value(), serialNumber),
        this::replace,
        () -> memory.delete(account, serialNumber));
  }

  private void replace(VirtualMfaDevice device) {
    memory.delete(device.account(), device.serialNumber().toString());
    memory.add(device);
  }
}
