package org.opensts.adapter.postgres;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.opensts.application.port.out.OpenIdConnectProviderStore;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.iam.OpenIdConnectProvider;

/** IAM OpenID Connect providers, one row each, keyed by account and exact issuer URL. */
final class PostgresOpenIdConnectProviderStore implements OpenIdConnectProviderStore {

  private final Table<OpenIdConnectProvider> table;

  PostgresOpenIdConnectProviderStore(Database database, StoreState state) {
    this.table = new Table<>(database, state, new Layout());
  }

  Table<OpenIdConnectProvider> table() {
    return table;
  }

  @Override
  public boolean add(OpenIdConnectProvider provider) {
    return table.add(provider);
  }

  @Override
  public Optional<OpenIdConnectProvider> find(AccountId account, String url) {
    return table.find(Columns.exactKey(account, url));
  }

  @Override
  public List<OpenIdConnectProvider> list(AccountId account) {
    return table.stream().filter(provider -> provider.account().equals(account)).toList();
  }

  @Override
  public void delete(AccountId account, String url) {
    table.delete(Columns.exactKey(account, url));
  }

  private record Layout() implements Table.Mapping<OpenIdConnectProvider> {

    @Override
    public String table() {
      return "oidc_provider";
    }

    @Override
    public List<String> columns() {
      return List.of(
          "account_id", "url", "client_ids", "thumbprints", "tag_keys", "tag_values", "created_at");
    }

    @Override
    public String key(OpenIdConnectProvider provider) {
      return Columns.exactKey(provider.account(), provider.url());
    }

    @Override
    public void bind(PreparedStatement statement, int first, OpenIdConnectProvider provider)
        throws SQLException {
      statement.setString(first, provider.account().value());
      statement.setString(first + 1, provider.url());
      Columns.setTexts(statement, first + 2, provider.clientIds());
      Columns.setTexts(statement, first + 3, provider.thumbprints());
      Columns.setTags(statement, first + 4, provider.tags());
      Columns.setInstant(statement, first + 6, provider.createDate());
    }

    @Override
    public OpenIdConnectProvider read(ResultSet row) throws SQLException {
      return new OpenIdConnectProvider(
          AccountId.of(row.getString("account_id")),
          row.getString("url"),
          Columns.texts(row, "client_ids"),
          Columns.texts(row, "thumbprints"),
          Columns.tags(row, "tag_keys", "tag_values"),
          Columns.instant(row, "created_at"));
    }
  }
}
