package org.opensts.adapter.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.opensts.application.port.out.OutboundFederationStore;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.webtoken.OutboundFederation;

/**
 * Each account's outbound federation setting, one row per account. A save checks, under a lock
 * every node takes, that the issuer id is no other account's in the database, so that two nodes
 * cannot give one issuer to two accounts.
 */
final class PostgresOutboundFederationStore implements OutboundFederationStore {

  private final Table<OutboundFederation> table;

  PostgresOutboundFederationStore(Database database, StoreState state) {
    this.table = new Table<>(database, state, new Layout());
  }

  Table<OutboundFederation> table() {
    return table;
  }

  @Override
  public Optional<OutboundFederation> find(AccountId account) {
    return table.find(account.value());
  }

  /** A scan: there is one setting per account that uses the feature, and few do. */
  @Override
  public Optional<OutboundFederation> findByIssuerId(String issuerId) {
    return table.stream().filter(f -> f.issuerId().equals(issuerId)).findFirst();
  }

  /**
   * {@inheritDoc}
   *
   * @throws org.opensts.domain.error.EntityException {@code ConcurrentModification} when the
   *     setting changed since this thread read it, on this node or another
   */
  @Override
  public void save(OutboundFederation federation) {
    String account = federation.account().value();
    table.save(
        federation,
        connection -> {
          AdvisoryLock.OUTBOUND_FEDERATION.hold(connection);
          holderOf(connection, federation.issuerId())
              .filter(holder -> !holder.equals(account))
              .ifPresent(
                  holder -> {
                    throw new IllegalArgumentException(
                        "Issuer " + federation.issuerId() + " belongs to account " + holder);
                  });
          return null;
        });
  }

  private static Optional<String> holderOf(Connection connection, String issuerId)
      throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT account_id FROM outbound_federation WHERE issuer_id = ?")) {
      query.setString(1, issuerId);
      try (ResultSet row = query.executeQuery()) {
        return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
      }
    }
  }

  private record Layout() implements Table.Mapping<OutboundFederation> {

    @Override
    public String table() {
      return "outbound_federation";
    }

    @Override
    public List<String> columns() {
      return List.of("account_id", "issuer_id", "enabled");
    }

    @Override
    public String key(OutboundFederation federation) {
      return federation.account().value();
    }

    @Override
    public void bind(PreparedStatement statement, int first, OutboundFederation federation)
        throws SQLException {
      statement.setString(first, federation.account().value());
      statement.setString(first + 1, federation.issuerId());
      statement.setBoolean(first + 2, federation.enabled());
    }

    @Override
    public OutboundFederation read(ResultSet row) throws SQLException {
      return new OutboundFederation(
          AccountId.of(row.getString("account_id")),
          row.getString("issuer_id"),
          row.getBoolean("enabled"));
    }
  }
}
