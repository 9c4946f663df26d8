package org.opensts.adapter.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.opensts.application.port.out.OrganizationStore;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.organization.Organization;
import org.opensts.domain.organization.OrganizationFeature;

/**
 * Organizations, one row each, keyed by id. A save checks, under a lock every node takes, that none
 * of its accounts belongs to another organization in the database, so that two nodes cannot give
 * one account to two organizations.
 */
final class PostgresOrganizationStore implements OrganizationStore {

  private final Table<Organization> table;

  PostgresOrganizationStore(Database database, StoreState state) {
    this.table = new Table<>(database, state, new Layout());
  }

  Table<Organization> table() {
    return table;
  }

  /** A scan: organizations are few. */
  @Override
  public Optional<Organization> ofAccount(AccountId account) {
    return table.stream()
        .filter(o -> o.managementAccount().equals(account) || o.isMember(account))
        .findFirst();
  }

  @Override
  public List<Organization> all() {
    return table.stream().sorted(Comparator.comparing(Organization::id)).toList();
  }

  @Override
  public void save(Organization organization) {
    table.save(
        organization,
        connection -> {
          AdvisoryLock.ORGANIZATION.hold(connection);
          otherHolder(connection, organization)
              .ifPresent(
                  other -> {
                    throw new IllegalArgumentException(
                        "An account of " + organization.id() + " belongs to " + other);
                  });
          return null;
        });
  }

  /** Another organization that has one of the organization's accounts, in the database now. */
  private static Optional<String> otherHolder(Connection connection, Organization organization)
      throws SQLException {
    List<String> accounts =
        Stream.concat(
                Stream.of(organization.managementAccount()), organization.memberAccounts().stream())
            .map(AccountId::value)
            .toList();
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT entity_key FROM organization WHERE entity_key <> ?"
                + " AND (management_account = ANY (?) OR member_accounts && ?) LIMIT 1")) {
      query.setString(1, organization.id());
      Columns.setTexts(query, 2, accounts);
      Columns.setTexts(query, 3, accounts);
      try (ResultSet row = query.executeQuery()) {
        return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
      }
    }
  }

  private record Layout() implements Table.Mapping<Organization> {

    @Override
    public String table() {
      return "organization";
    }

    @Override
    public List<String> columns() {
      return List.of("management_account", "member_accounts", "enabled_features");
    }

    @Override
    public String key(Organization organization) {
      return organization.id();
    }

    /** Members sorted and features by their IAM names, as the file store writes them. */
    @Override
    public void bind(PreparedStatement statement, int first, Organization organization)
        throws SQLException {
      statement.setString(first, organization.managementAccount().value());
      Columns.setTexts(
          statement,
          first + 1,
          organization.memberAccounts().stream().map(AccountId::value).sorted().toList());
      Columns.setTexts(
          statement,
          first + 2,
          Arrays.stream(OrganizationFeature.values())
              .filter(organization::isEnabled)
              .map(OrganizationFeature::wireName)
              .toList());
    }

    @Override
    public Organization read(ResultSet row) throws SQLException {
      Set<OrganizationFeature> features = EnumSet.noneOf(OrganizationFeature.class);
      for (String name : Columns.texts(row, "enabled_features")) {
        features.add(
            OrganizationFeature.named(name)
                .orElseThrow(() -> new IllegalStateException("Unknown feature " + name)));
      }
      return new Organization(
          row.getString("entity_key"),
          AccountId.of(row.getString("management_account")),
          Columns.texts(row, "member_accounts").stream()
              .map(AccountId::of)
              .collect(Collectors.toSet()),
          features);
    }
  }
}
