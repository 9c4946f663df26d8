package org.opensts.adapter.postgres;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Optional;
import org.opensts.application.port.out.AccessKeyStore;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.identity.AccessKey;
import org.opensts.domain.identity.AccessKeyId;
import org.opensts.domain.identity.AccessKeyStatus;
import org.opensts.domain.identity.AccountRootPrincipal;
import org.opensts.domain.identity.IamPath;
import org.opensts.domain.identity.IamUserPrincipal;
import org.opensts.domain.identity.Principal;
import org.opensts.domain.identity.SecretAccessKey;

/**
 * Long-term access keys, one row each, the secret sealed under the master key. Request signatures
 * are checked against the mirror; the per-owner quota is counted in the database.
 */
final class PostgresAccessKeyStore implements AccessKeyStore {

  private final Database database;
  private final StoreState state;
  private final Table<AccessKey> table;

  PostgresAccessKeyStore(Database database, StoreState state, RowSecrets secrets) {
    this.database = database;
    this.state = state;
    this.table = new Table<>(database, state, new Layout(secrets));
  }

  Table<AccessKey> table() {
    return table;
  }

  @Override
  public void save(AccessKey key) {
    table.save(key);
  }

  /**
   * Counts the owner's keys in the database, not in this node's mirror, under a lock on the owner
   * that every node takes: another node's key added a moment ago counts.
   */
  @Override
  public boolean add(AccessKey key, int maxPerOwner) {
    state.requireLoaded();
    String ownerId = key.owner().userId();
    Optional<Long> version =
        database.transaction(
            connection -> {
              AdvisoryLock.ACCESS_KEYS_OF_OWNER.hold(connection, ownerId);
              try (PreparedStatement count =
                  connection.prepareStatement(
                      "SELECT count(*) FROM access_key WHERE owner_id = ?")) {
                count.setString(1, ownerId);
                try (ResultSet row = count.executeQuery()) {
                  row.next();
                  if (row.getLong(1) >= maxPerOwner) {
                    return Optional.empty();
                  }
                }
              }
              return table.insert(connection, key);
            });
    version.ifPresent(v -> table.committed(key.id().value(), Optional.of(key), v));
    return version.isPresent();
  }

  @Override
  public Optional<AccessKey> find(AccessKeyId id) {
    return table.find(id.value());
  }

  @Override
  public List<AccessKey> findByOwner(Principal owner) {
    return table.stream().filter(key -> key.owner().equals(owner)).toList();
  }

  @Override
  public void delete(AccessKeyId id) {
    table.delete(id.value());
  }

  private record Layout(RowSecrets secrets) implements Table.Mapping<AccessKey> {

    private static final String ROOT = "root";
    private static final String USER = "user";

    @Override
    public String table() {
      return "access_key";
    }

    @Override
    public List<String> columns() {
      return List.of(
          "sealed_secret",
          "owner_kind",
          "owner_account",
          "owner_id",
          "owner_path",
          "owner_name",
          "status",
          "created_at");
    }

    @Override
    public String key(AccessKey key) {
      return key.id().value();
    }

    @Override
    public void bind(PreparedStatement statement, int first, AccessKey key) throws SQLException {
      String id = key.id().value();
      statement.setString(
          first,
          secrets.seal(
              key.secret().value().getBytes(StandardCharsets.UTF_8), RowSecrets.ACCESS_KEY, id));
      Principal owner = key.owner();
      statement.setString(first + 2, owner.account().value());
      statement.setString(first + 3, owner.userId());
      if (owner instanceof AccountRootPrincipal) {
        statement.setString(first + 1, ROOT);
        statement.setNull(first + 4, Types.VARCHAR);
        statement.setNull(first + 5, Types.VARCHAR);
      } else if (owner instanceof IamUserPrincipal user) {
        statement.setString(first + 1, USER);
        statement.setString(first + 4, user.path().value());
        statement.setString(first + 5, user.userName());
      } else {
        throw new IllegalArgumentException("An access key belongs to a root or a user: " + owner);
      }
      statement.setString(first + 6, key.status().name());
      Columns.setInstant(statement, first + 7, key.createDate());
    }

    @Override
    public AccessKey read(ResultSet row) throws SQLException {
      String id = row.getString("entity_key");
      return new AccessKey(
          new AccessKeyId(id),
          new SecretAccessKey(
              new String(
                  secrets.open(row.getString("sealed_secret"), RowSecrets.ACCESS_KEY, id),
                  StandardCharsets.UTF_8)),
          owner(row),
          AccessKeyStatus.valueOf(row.getString("status")),
          Columns.instant(row, "created_at"));
    }

    private static Principal owner(ResultSet row) throws SQLException {
      AccountId account = AccountId.of(row.getString("owner_account"));
      String kind = row.getString("owner_kind");
      if (kind.equals(ROOT)) {
        return new AccountRootPrincipal(account);
      }
      return new IamUserPrincipal(
          account,
          row.getString("owner_id"),
          IamPath.of(row.getString("owner_path")),
          row.getString("owner_name"));
    }
  }
}
