package org.opensts.adapter.postgres;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.opensts.application.port.out.PolicyDocumentParser;
import org.opensts.application.port.out.UserStore;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.iam.User;
import org.opensts.domain.identity.IamPath;
import org.opensts.domain.policy.PolicyKind;

/** IAM users, one row each. */
final class PostgresUserStore implements UserStore {

  private final Table<User> table;

  PostgresUserStore(Database database, StoreState state, PolicyDocumentParser parser) {
    this.table = new Table<>(database, state, new Layout(parser));
  }

  Table<User> table() {
    return table;
  }

  @Override
  public void save(User user) {
    table.save(user);
  }

  @Override
  public boolean add(User user) {
    return table.add(user);
  }

  @Override
  public Optional<User> find(AccountId account, String name) {
    return table.find(Columns.namedKey(account, name));
  }

  @Override
  public List<User> list(AccountId account) {
    return table.stream().filter(user -> user.account().equals(account)).toList();
  }

  @Override
  public void delete(AccountId account, String name) {
    table.delete(Columns.namedKey(account, name));
  }

  private record Layout(PolicyDocumentParser parser) implements Table.Mapping<User> {

    @Override
    public String table() {
      return "iam_user";
    }

    @Override
    public List<String> columns() {
      return List.of(
          "account_id",
          "user_name",
          "user_id",
          "path",
          "inline_policy_names",
          "inline_policy_documents",
          "tag_keys",
          "tag_values",
          "created_at");
    }

    @Override
    public String key(User user) {
      return Columns.namedKey(user.account(), user.name());
    }

    @Override
    public void bind(PreparedStatement statement, int first, User user) throws SQLException {
      statement.setString(first, user.account().value());
      statement.setString(first + 1, user.name());
      statement.setString(first + 2, user.userId());
      statement.setString(first + 3, user.path().value());
      Columns.setPolicies(statement, first + 4, user.inlinePolicies());
      Columns.setTags(statement, first + 6, user.tags());
      Columns.setInstant(statement, first + 8, user.createDate());
    }

    @Override
    public User read(ResultSet row) throws SQLException {
      return new User(
          AccountId.of(row.getString("account_id")),
          row.getString("user_id"),
          IamPath.of(row.getString("path")),
          row.getString("user_name"),
          Columns.policies(
              row, "inline_policy_names", "inline_policy_documents", parser, PolicyKind.IDENTITY),
          Columns.tags(row, "tag_keys", "tag_values"),
          Columns.instant(row, "created_at"));
    }
  }
}
