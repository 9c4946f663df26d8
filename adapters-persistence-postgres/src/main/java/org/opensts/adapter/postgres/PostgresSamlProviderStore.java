package org.opensts.adapter.postgres;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.opensts.application.port.out.SamlProviderStore;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.iam.SamlProvider;

/** IAM SAML providers, one row each, keyed by account and exact name. */
final class PostgresSamlProviderStore implements SamlProviderStore {

  private final Table<SamlProvider> table;

  PostgresSamlProviderStore(Database database, StoreState state) {
    this.table = new Table<>(database, state, new Layout());
  }

  Table<SamlProvider> table() {
    return table;
  }

  @Override
  public boolean add(SamlProvider provider) {
    return table.add(provider);
  }

  @Override
  public Optional<SamlProvider> find(AccountId account, String name) {
    return table.find(Columns.exactKey(account, name));
  }

  @Override
  public List<SamlProvider> list(AccountId account) {
    return table.stream().filter(provider -> provider.account().equals(account)).toList();
  }

  @Override
  public void delete(AccountId account, String name) {
    table.delete(Columns.exactKey(account, name));
  }

  private record Layout() implements Table.Mapping<SamlProvider> {

    @Override
    public String table() {
      return "saml_provider";
    }

    @Override
    public List<String> columns() {
      return List.of(
          "account_id",
          "provider_name",
          "metadata_document",
          "entity_id",
          "certificates",
          "created_at",
          "valid_until",
          "tag_keys",
          "tag_values");
    }

    @Override
    public String key(SamlProvider provider) {
      return Columns.exactKey(provider.account(), provider.name());
    }

    @Override
    public void bind(PreparedStatement statement, int first, SamlProvider provider)
        throws SQLException {
      statement.setString(first, provider.account().value());
      statement.setString(first + 1, provider.name());
      statement.setString(first + 2, provider.metadataDocument());
      statement.setString(first + 3, provider.entityId());
      Columns.setTexts(statement, first + 4, provider.certificates());
      Columns.setInstant(statement, first + 5, provider.createDate());
      Columns.setInstant(statement, first + 6, provider.validUntil());
      Columns.setTags(statement, first + 7, provider.tags());
    }

    @Override
    public SamlProvider read(ResultSet row) throws SQLException {
      return new SamlProvider(
          AccountId.of(row.getString("account_id")),
          row.getString("provider_name"),
          row.getString("metadata_document"),
          row.getString("entity_id"),
          Columns.texts(row, "certificates"),
          Columns.instant(row, "created_at"),
          Columns.instant(row, "valid_until"),
          Columns.tags(row, "tag_keys", "tag_values"));
    }
  }
}
