package org.opensts.adapter.postgres;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.opensts.application.port.out.AccountStore;
import org.opensts.domain.account.Account;
import org.opensts.domain.account.AccountId;

/** Accounts, one row each, keyed by the account id. */
final class PostgresAccountStore implements AccountStore {

  private final Table<Account> table;

  PostgresAccountStore(Database database, StoreState state) {
    this.table = new Table<>(database, state, new Layout());
  }

  Table<Account> table() {
    return table;
  }

  @Override
  public void save(Account account) {
    table.save(account);
  }

  @Override
  public Optional<Account> find(AccountId id) {
    return table.find(id.value());
  }

  private record Layout() implements Table.Mapping<Account> {

    @Override
    public String table() {
      return "account";
    }

    @Override
    public List<String> columns() {
      return List.of("account_id", "alias", "created_at");
    }

    @Override
    public String key(Account account) {
      return account.id().value();
    }

    @Override
    public void bind(PreparedStatement statement, int first, Account account) throws SQLException {
      statement.setString(first, account.id().value());
      statement.setString(first + 1, account.alias());
      Columns.setInstant(statement, first + 2, account.createDate());
    }

    @Override
    public Account read(ResultSet row) throws SQLException {
      return new Account(
          AccountId.of(row.getString("account_id")),
          row.getString("alias"),
          Columns.instant(row, "created_at"));
    }
  }
}
