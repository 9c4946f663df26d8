package org.opensts.adapter.postgres;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.opensts.application.port.out.PolicyDocumentParser;
import org.opensts.application.port.out.RoleStore;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.iam.PermissionsBoundary;
import org.opensts.domain.iam.Role;
import org.opensts.domain.identity.IamPath;
import org.opensts.domain.policy.PolicyKind;

/** IAM roles, one row each; AssumeRole reads them from the mirror. */
final class PostgresRoleStore implements RoleStore {

  private final Table<Role> table;

  PostgresRoleStore(Database database, StoreState state, PolicyDocumentParser parser) {
    this.table = new Table<>(database, state, new Layout(parser));
  }

  Table<Role> table() {
    return table;
  }

  @Override
  public void save(Role role) {
    table.save(role);
  }

  @Override
  public boolean add(Role role) {
    return table.add(role);
  }

  @Override
  public Optional<Role> find(AccountId account, String name) {
    return table.find(Columns.namedKey(account, name));
  }

  @Override
  public List<Role> list(AccountId account) {
    return table.stream().filter(role -> role.account().equals(account)).toList();
  }

  @Override
  public void delete(AccountId account, String name) {
    table.delete(Columns.namedKey(account, name));
  }

  private record Layout(PolicyDocumentParser parser) implements Table.Mapping<Role> {

    @Override
    public String table() {
      return "iam_role";
    }

    @Override
    public List<String> columns() {
      return List.of(
          "account_id",
          "role_name",
          "role_id",
          "path",
          "description",
          "trust_policy",
          "inline_policy_names",
          "inline_policy_documents",
          "max_session_seconds",
          "permissions_boundary",
          "tag_keys",
          "tag_values",
          "created_at");
    }

    @Override
    public String key(Role role) {
      return Columns.namedKey(role.account(), role.name());
    }

    @Override
    public void bind(PreparedStatement statement, int first, Role role) throws SQLException {
      statement.setString(first, role.account().value());
      statement.setString(first + 1, role.name());
      statement.setString(first + 2, role.roleId());
      statement.setString(first + 3, role.path().value());
      statement.setString(first + 4, role.description());
      statement.setString(first + 5, role.trustPolicy().text());
      Columns.setPolicies(statement, first + 6, role.inlinePolicies());
      statement.setLong(first + 8, role.maxSessionDuration().toSeconds());
      statement.setString(first + 9, role.permissionsBoundary().policyArn());
      Columns.setTags(statement, first + 10, role.tags());
      Columns.setInstant(statement, first + 12, role.createDate());
    }

    @Override
    public Role read(ResultSet row) throws SQLException {
      return new Role(
          AccountId.of(row.getString("account_id")),
          row.getString("role_id"),
          IamPath.of(row.getString("path")),
          row.getString("role_name"),
          row.getString("description"),
          parser.parse(row.getString("trust_policy"), PolicyKind.TRUST),
          Columns.policies(
              row, "inline_policy_names", "inline_policy_documents", parser, PolicyKind.IDENTITY),
          Duration.ofSeconds(row.getLong("max_session_seconds")),
          new PermissionsBoundary(row.getString("permissions_boundary")),
          Columns.tags(row, "tag_keys", "tag_values"),
          Columns.instant(row, "created_at"));
    }
  }
}
