package org.opensts.adapter.postgres;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.opensts.application.port.out.WebTokenSigningKeyRing;
import org.opensts.domain.webtoken.SigningAlgorithm;
import org.opensts.domain.webtoken.WebTokenSigningKey;

/**
 * The web token signing keys, one row per key with the private half sealed, shared by every node:
 * per algorithm a chain of generations, the newest current, each older one retired when the next
 * was created. New keys and pruning run under a lock every node takes, against the keys as the
 * database has them, so that two nodes never make the same generation and agree on the current key
 * once the change log has replayed. A key is handed out only once it is committed.
 */
final class PostgresWebTokenSigningKeyRing implements WebTokenSigningKeyRing {

  private static final Comparator<WebTokenSigningKey> CHAIN_ORDER =
      Comparator.comparing(WebTokenSigningKey::algorithm)
          .thenComparingInt(key -> generationOf(key.keyId()));

  private final Database database;
  private final Table<WebTokenSigningKey> table;
  private final SecureRandom random;

  PostgresWebTokenSigningKeyRing(
      Database database, StoreState state, RowSecrets secrets, SecureRandom random) {
    this.database = database;
    this.table = new Table<>(database, state, new Layout(secrets));
    this.random = random;
  }

  Table<WebTokenSigningKey> table() {
    return table;
  }

  /** The newest generation; made now if there is none, unless another node makes it first. */
  @Override
  public WebTokenSigningKey current(SigningAlgorithm algorithm, Instant now) {
    return newest(table.values(), algorithm).orElseGet(() -> firstKey(algorithm, now));
  }

  /** Every key, RS256 first, each chain oldest first, retired keys dated. */
  @Override
  public List<WebTokenSigningKey> published() {
    List<WebTokenSigningKey> chains = table.stream().sorted(CHAIN_ORDER).toList();
    List<WebTokenSigningKey> published = new ArrayList<>(chains.size());
    for (int i = 0; i < chains.size(); i++) {
      WebTokenSigningKey key = chains.get(i);
      boolean hasSuccessor =
          i + 1 < chains.size() && chains.get(i + 1).algorithm() == key.algorithm();
      published.add(hasSuccessor ? key.retiredAt(chains.get(i + 1).createdAt()) : key);
    }
    return published;
  }

  @Override
  public WebTokenSigningKey rotate(SigningAlgorithm algorithm, Instant now) {
    KeyPair keyPair = algorithm.generateKeyPair(random);
    return committed(
        database.transaction(
            connection ->
                inserted(
                    connection,
                    next(newest(lockedKeys(connection), algorithm), algorithm, keyPair, now))));
  }

  @Override
  public List<String> prune(Instant retiredAtOrBefore) {
    List<String> removed =
        database.transaction(
            connection -> {
              lockedKeys(connection);
              List<String> ids =
                  published().stream()
                      .filter(
                          key ->
                              key.retiredAt() != null
                                  && !key.retiredAt().isAfter(retiredAtOrBefore))
                      .map(WebTokenSigningKey::keyId)
                      .toList();
              for (String id : ids) {
                table.delete(connection, id);
              }
              return ids;
            });
    removed.forEach(id -> table.committed(id, Optional.empty(), 0));
    return removed;
  }

  /** Generation zero, made by whichever node comes first; the others load it. */
  private WebTokenSigningKey firstKey(SigningAlgorithm algorithm, Instant now) {
    KeyPair keyPair = algorithm.generateKeyPair(random);
    return database
        .transaction(
            connection ->
                newest(lockedKeys(connection), algorithm).isPresent()
                    ? Optional.<Mirror.Versioned<WebTokenSigningKey>>empty()
                    : Optional.of(
                        inserted(connection, next(Optional.empty(), algorithm, keyPair, now))))
        .map(this::committed)
        .or(() -> newest(table.values(), algorithm))
        .orElseThrow(() -> new IllegalStateException("No " + algorithm + " key was made"));
  }

  /**
   * The key after {@code current}: the next generation, created at {@code now}, or at the current
   * key's creation if the clock went back, so that retirements keep the order of the generations.
   */
  private static WebTokenSigningKey next(
      Optional<WebTokenSigningKey> current,
      SigningAlgorithm algorithm,
      KeyPair keyPair,
      Instant now) {
    int generation = current.map(key -> generationOf(key.keyId()) + 1).orElse(0);
    // The database keeps microseconds; a date with more would differ between nodes.
    Instant at = now.truncatedTo(ChronoUnit.MICROS);
    Instant createdAt = current.map(WebTokenSigningKey::createdAt).filter(at::isBefore).orElse(at);
    return new WebTokenSigningKey(algorithm.keyId(generation), algorithm, keyPair, createdAt, null);
  }

  /** Inserts the key in the caller's transaction; it reaches the mirror once committed. */
  private Mirror.Versioned<WebTokenSigningKey> inserted(
      Connection connection, WebTokenSigningKey key) throws SQLException {
    long version =
        table
            .insert(connection, key)
            .orElseThrow(() -> new IllegalStateException("Key id taken: " + key.keyId()));
    return new Mirror.Versioned<>(key, version);
  }

  private WebTokenSigningKey committed(Mirror.Versioned<WebTokenSigningKey> inserted) {
    WebTokenSigningKey key = inserted.value();
    table.committed(key.keyId(), Optional.of(key), inserted.version());
    return key;
  }

  /**
   * Takes the ring's lock for the transaction and the keys as the database has them, into the
   * mirror too: no other node can change them until the transaction ends.
   */
  private Collection<WebTokenSigningKey> lockedKeys(Connection connection) throws SQLException {
    AdvisoryLock.WEB_TOKEN_KEY.hold(connection);
    table.loadAll(connection);
    return table.values();
  }

  private static Optional<WebTokenSigningKey> newest(
      Collection<WebTokenSigningKey> keys, SigningAlgorithm algorithm) {
    return keys.stream()
        .filter(key -> key.algorithm() == algorithm)
        .max(Comparator.comparingInt(key -> generationOf(key.keyId())));
  }

  private static int generationOf(String keyId) {
    return Integer.parseInt(keyId.substring(keyId.lastIndexOf('_') + 1));
  }

  private record Layout(RowSecrets secrets) implements Table.Mapping<WebTokenSigningKey> {

    @Override
    public String table() {
      return "web_token_key";
    }

    @Override
    public List<String> columns() {
      return List.of("algorithm", "generation", "public_key", "sealed_private_key", "created_at");
    }

    @Override
    public String key(WebTokenSigningKey key) {
      return key.keyId();
    }

    @Override
    public void bind(PreparedStatement statement, int first, WebTokenSigningKey key)
        throws SQLException {
      KeyPair pair = key.keyPair();
      statement.setString(first, key.algorithm().name());
      statement.setInt(first + 1, generationOf(key.keyId()));
      statement.setString(
          first + 2, Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
      statement.setString(
          first + 3,
          secrets.seal(pair.getPrivate().getEncoded(), RowSecrets.WEB_TOKEN_KEY, key.keyId()));
      Columns.setInstant(statement, first + 4, key.createdAt());
    }

    @Override
    public WebTokenSigningKey read(ResultSet row) throws SQLException {
      String id = row.getString("entity_key");
      SigningAlgorithm algorithm = SigningAlgorithm.valueOf(row.getString("algorithm"));
      byte[] privateKey =
          secrets.open(row.getString("sealed_private_key"), RowSecrets.WEB_TOKEN_KEY, id);
      try {
        KeyFactory factory =
            KeyFactory.getInstance(algorithm == SigningAlgorithm.RS256 ? "RSA" : "EC");
        KeyPair pair =
            new KeyPair(
                factory.generatePublic(
                    new X509EncodedKeySpec(
                        Base64.getDecoder().decode(row.getString("public_key")))),
                factory.generatePrivate(new PKCS8EncodedKeySpec(privateKey)));
        return new WebTokenSigningKey(
            id, algorithm, pair, Columns.instant(row, "created_at"), null);
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("Not a " + algorithm + " key pair: " + id, e);
      } finally {
        Arrays.fill(privateKey, (byte) 0);
      }
    }
  }
}
