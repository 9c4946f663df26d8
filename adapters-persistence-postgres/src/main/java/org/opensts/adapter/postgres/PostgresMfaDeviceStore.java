package org.opensts.adapter.postgres;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.opensts.application.port.out.MfaDeviceStore;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.iam.VirtualMfaDevice;
import org.opensts.domain.identity.IamPath;

/**
 * Virtual MFA devices, one row each, keyed by account and serial number, with the TOTP seed sealed.
 * An update locks the device's row while it changes it, so that two nodes cannot both enable one
 * device or both accept one code.
 */
final class PostgresMfaDeviceStore implements MfaDeviceStore {

  private final Table<VirtualMfaDevice> table;

  PostgresMfaDeviceStore(Database database, StoreState state, RowSecrets secrets) {
    this.table = new Table<>(database, state, new Layout(secrets));
  }

  Table<VirtualMfaDevice> table() {
    return table;
  }

  @Override
  public boolean add(VirtualMfaDevice device) {
    return table.add(device);
  }

  @Override
  public Optional<VirtualMfaDevice> find(AccountId account, String serialNumber) {
    return table.find(Columns.exactKey(account, serialNumber));
  }

  /** The change sees the device as the database has it, not as this node last saw it. */
  @Override
  public Optional<VirtualMfaDevice> update(
      AccountId account, String serialNumber, UnaryOperator<VirtualMfaDevice> change) {
    return table.update(Columns.exactKey(account, serialNumber), change);
  }

  @Override
  public List<VirtualMfaDevice> list(AccountId account) {
    return table.stream().filter(device -> device.account().equals(account)).toList();
  }

  @Override
  public void delete(AccountId account, String serialNumber) {
    table.delete(Columns.exactKey(account, serialNumber));
  }

  private record Layout(RowSecrets secrets) implements Table.Mapping<VirtualMfaDevice> {

    @Override
    public String table() {
      return "mfa_device";
    }

    @Override
    public List<String> columns() {
      return List.of(
          "account_id",
          "path",
          "device_name",
          "sealed_seed",
          "tag_keys",
          "tag_values",
          "user_name",
          "enabled_at",
          "last_accepted_step");
    }

    @Override
    public String key(VirtualMfaDevice device) {
      return Columns.exactKey(device.account(), device.serialNumber().toString());
    }

    @Override
    public void bind(PreparedStatement statement, int first, VirtualMfaDevice device)
        throws SQLException {
      String account = device.account().value();
      statement.setString(first, account);
      statement.setString(first + 1, device.path().value());
      statement.setString(first + 2, device.name());
      statement.setString(
          first + 3,
          secrets.seal(
              device.seed().getBytes(StandardCharsets.US_ASCII),
              RowSecrets.MFA_DEVICE,
              account,
              device.serialNumber().toString()));
      Columns.setTags(statement, first + 4, device.tags());
      VirtualMfaDevice.Assignment assignment = device.assignment();
      statement.setString(first + 6, assignment.userName());
      if (assignment.isAssigned()) {
        Columns.setInstant(statement, first + 7, assignment.enableDate());
      } else {
        statement.setNull(first + 7, Types.TIMESTAMP_WITH_TIMEZONE);
      }
      statement.setLong(first + 8, device.lastAcceptedStep());
    }

    @Override
    public VirtualMfaDevice read(ResultSet row) throws SQLException {
      AccountId account = AccountId.of(row.getString("account_id"));
      IamPath path = new IamPath(row.getString("path"));
      String name = row.getString("device_name");
      byte[] seed =
          secrets.open(
              row.getString("sealed_seed"),
              RowSecrets.MFA_DEVICE,
              account.value(),
              VirtualMfaDevice.serialNumberOf(account, path, name).toString());
      String userName = row.getString("user_name");
      return new VirtualMfaDevice(
          account,
          path,
          name,
          new String(seed, StandardCharsets.US_ASCII),
          Columns.tags(row, "tag_keys", "tag_values"),
          userName == null
              ? VirtualMfaDevice.Assignment.NONE
              : new VirtualMfaDevice.Assignment(userName, Columns.instant(row, "enabled_at")),
          row.getLong("last_accepted_step"));
    }
  }
}
