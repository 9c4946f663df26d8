package org.opensts.adapter.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.opensts.application.port.out.PolicyDocumentParser;
import org.opensts.application.port.out.PolicyStore;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.iam.ManagedPolicy;
import org.opensts.domain.identity.Arn;
import org.opensts.domain.identity.IamPath;
import org.opensts.domain.policy.PolicyKind;

/**
 * Customer managed policies, one row each with the ARNs of what they are attached to. The row is
 * keyed by account and name, so that a name is taken once in any case; a policy is found by its
 * exact ARN. Every change decides on the row as the database has it, locked, so that "no deleting
 * an attached policy" and the attachment quota hold across nodes.
 */
final class PostgresPolicyStore implements PolicyStore {

  private final Database database;
  private final StoreState state;
  private final Table<ManagedPolicy> table;
  private volatile Attachments attachments = new Attachments(-1, Map.of());

  PostgresPolicyStore(Database database, StoreState state, PolicyDocumentParser parser) {
    this.database = database;
    this.state = state;
    this.table = new Table<>(database, state, new Layout(parser));
  }

  Table<ManagedPolicy> table() {
    return table;
  }

  @Override
  public boolean add(ManagedPolicy policy) {
    return table.add(policy);
  }

  @Override
  public Optional<ManagedPolicy> find(String policyArn) {
    return key(policyArn).flatMap(table::find).filter(policy -> hasArn(policy, policyArn));
  }

  @Override
  public List<ManagedPolicy> list(AccountId account) {
    return table.stream().filter(policy -> policy.account().equals(account)).toList();
  }

  @Override
  public Deletion delete(String policyArn) {
    return change(
        policyArn,
        Deletion.NO_SUCH_POLICY,
        (connection, policy, version) -> {
          if (policy.attachmentCount() > 0) {
            return Outcome.unchanged(Deletion.ATTACHED);
          }
          table.delete(connection, rowKey(policy));
          return Outcome.deleted(Deletion.DELETED);
        });
  }

  /**
   * Counts the entity's attachments in the database under a lock on the entity that every node
   * takes, so that two attachments at once on two nodes cannot both pass the quota.
   */
  @Override
  public Attachment attach(String policyArn, String entityArn, int maxPerEntity) {
    return change(
        policyArn,
        Attachment.NO_SUCH_POLICY,
        (connection, policy, version) -> {
          if (policy.isAttachedTo(entityArn)) {
            return Outcome.unchanged(Attachment.ATTACHED);
          }
          AdvisoryLock.POLICIES_ATTACHED_TO_ENTITY.hold(connection, entityArn);
          if (attachmentsOf(connection, entityArn) >= maxPerEntity) {
            return Outcome.unchanged(Attachment.LIMIT_EXCEEDED);
          }
          ManagedPolicy attached = policy.attachedTo(entityArn);
          return Outcome.written(
              Attachment.ATTACHED, attached, table.write(connection, attached, version));
        });
  }

  @Override
  public boolean detach(String policyArn, String entityArn) {
    return change(
        policyArn,
        false,
        (connection, policy, version) -> {
          if (!policy.isAttachedTo(entityArn)) {
            return Outcome.unchanged(false);
          }
          ManagedPolicy detached = policy.detachedFrom(entityArn);
          return Outcome.written(true, detached, table.write(connection, detached, version));
        });
  }

  /**
   * From an index of the node's copy, rebuilt when a row has changed: every request that evaluates
   * identity policies asks, and a scan of every policy per request grew with the store.
   */
  @Override
  public List<ManagedPolicy> attachedTo(String entityArn) {
    return attachments().byEntity().getOrDefault(entityArn, List.of());
  }

  private Attachments attachments() {
    // Read before the rows: a change during the rebuild leaves this index stale, rebuilt next time.
    long generation = table.generation();
    Attachments current = attachments;
    if (current.generation() != generation) {
      Map<String, List<ManagedPolicy>> byEntity = new HashMap<>();
      for (ManagedPolicy policy : table.values()) {
        for (String entityArn : policy.attachedTo()) {
          byEntity.computeIfAbsent(entityArn, arn -> new ArrayList<>()).add(policy);
        }
      }
      byEntity.replaceAll((arn, policies) -> List.copyOf(policies));
      current = new Attachments(generation, byEntity);
      attachments = current;
    }
    return current;
  }

  /** Each user's and role's attached policies, as of a generation of the table. */
  private record Attachments(long generation, Map<String, List<ManagedPolicy>> byEntity) {}

  /** A change decided on the policy's row, locked; what it decided and what it left. */
  @FunctionalInterface
  private interface Decision<R> {
    Outcome<R> decide(Connection connection, ManagedPolicy policy, long version)
        throws SQLException;
  }

  /**
   * @param changed whether the decision wrote the row
   * @param after the row it left, empty when it deleted it
   */
  private record Outcome<R>(
      R result, boolean changed, Optional<ManagedPolicy> after, long version) {

    static <R> Outcome<R> unchanged(R result) {
      return new Outcome<>(result, false, Optional.empty(), 0);
    }

    static <R> Outcome<R> written(R result, ManagedPolicy after, long version) {
      return new Outcome<>(result, true, Optional.of(after), version);
    }

    static <R> Outcome<R> deleted(R result) {
      return new Outcome<>(result, true, Optional.empty(), 0);
    }
  }

  /**
   * Runs the decision in one transaction on the row the ARN names, locked; noSuchPolicy when none.
   * It decides on this node's copy when that is the row's current version, so that no document is
   * parsed under the lock, and on the row read again when another node changed it since.
   */
  private <R> R change(String policyArn, R noSuchPolicy, Decision<R> decision) {
    state.requireLoaded();
    Optional<String> key = key(policyArn);
    if (key.isEmpty()) {
      return noSuchPolicy;
    }
    // The copy and the version this thread read together; policies have no blind save that the
    // remembered read could mislead.
    Optional<ManagedPolicy> mirrored = table.find(key.get());
    long mirroredVersion = table.expectedVersion(key.get());
    Outcome<R> outcome =
        database.transaction(
            connection -> {
              OptionalLong version = lockRow(connection, key.get());
              if (version.isEmpty()) {
                return Outcome.unchanged(noSuchPolicy);
              }
              Optional<ManagedPolicy> current =
                  version.getAsLong() == mirroredVersion
                      ? mirrored
                      : table.selectForUpdate(connection, key.get()).map(Mirror.Versioned::value);
              return current.filter(policy -> hasArn(policy, policyArn)).isPresent()
                  ? decision.decide(connection, current.get(), version.getAsLong())
                  : Outcome.unchanged(noSuchPolicy);
            });
    if (outcome.changed()) {
      table.committed(key.get(), outcome.after(), outcome.version());
    }
    return outcome.result();
  }

  /** Locks the policy's row until the transaction ends; its version, empty when there is none. */
  private static OptionalLong lockRow(Connection connection, String key) throws SQLException {
    try (PreparedStatement lock =
        connection.prepareStatement(
            "SELECT version FROM managed_policy WHERE entity_key = ? FOR UPDATE")) {
      lock.setString(1, key);
      try (ResultSet row = lock.executeQuery()) {
        return row.next() ? OptionalLong.of(row.getLong(1)) : OptionalLong.empty();
      }
    }
  }

  private static int attachmentsOf(Connection connection, String entityArn) throws SQLException {
    try (PreparedStatement count =
        connection.prepareStatement(
            "SELECT count(*) FROM managed_policy WHERE attached_to @> ARRAY[?::text]")) {
      count.setString(1, entityArn);
      try (ResultSet row = count.executeQuery()) {
        row.next();
        return row.getInt(1);
      }
    }
  }

  /** The row key of the policy an ARN names; empty when it cannot name a customer policy. */
  private static Optional<String> key(String policyArn) {
    return Arn.parse(policyArn)
        .filter(arn -> AccountId.isValid(arn.account()) && arn.resource().startsWith("policy/"))
        .map(
            arn ->
                Columns.namedKey(
                    AccountId.of(arn.account()),
                    arn.resource().substring(arn.resource().lastIndexOf('/') + 1)));
  }

  private static String rowKey(ManagedPolicy policy) {
    return Columns.namedKey(policy.account(), policy.name());
  }

  /** The key finds the policy of that name in any case and on any path; the ARN is exact. */
  private static boolean hasArn(ManagedPolicy policy, String policyArn) {
    return policy.arn().toString().equals(policyArn);
  }

  private record Layout(PolicyDocumentParser parser) implements Table.Mapping<ManagedPolicy> {

    @Override
    public String table() {
      return "managed_policy";
    }

    @Override
    public List<String> columns() {
      return List.of(
          "account_id",
          "policy_name",
          "policy_id",
          "path",
          "description",
          "document",
          "tag_keys",
          "tag_values",
          "created_at",
          "attached_to");
    }

    @Override
    public String key(ManagedPolicy policy) {
      return rowKey(policy);
    }

    @Override
    public void bind(PreparedStatement statement, int first, ManagedPolicy policy)
        throws SQLException {
      statement.setString(first, policy.account().value());
      statement.setString(first + 1, policy.name());
      statement.setString(first + 2, policy.policyId());
      statement.setString(first + 3, policy.path().value());
      statement.setString(first + 4, policy.description());
      statement.setString(first + 5, policy.document().text());
      Columns.setTags(statement, first + 6, policy.tags());
      Columns.setInstant(statement, first + 8, policy.createDate());
      Columns.setTexts(statement, first + 9, policy.attachedTo());
    }

    @Override
    public ManagedPolicy read(ResultSet row) throws SQLException {
      return new ManagedPolicy(
          AccountId.of(row.getString("account_id")),
          row.getString("policy_id"),
          IamPath.of(row.getString("path")),
          row.getString("policy_name"),
          row.getString("description"),
          parser.parse(row.getString("document"), PolicyKind.IDENTITY),
          Columns.tags(row, "tag_keys", "tag_values"),
          Columns.instant(row, "created_at"),
          Columns.texts(row, "attached_to"));
    }
  }
}
