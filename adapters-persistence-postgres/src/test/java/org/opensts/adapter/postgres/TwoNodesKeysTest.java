package org.opensts.adapter.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opensts.domain.credential.SealingKey;
import org.opensts.domain.fixture.TestAccounts;
import org.opensts.domain.iam.VirtualMfaDevice;
import org.opensts.domain.identity.IamPath;
import org.opensts.domain.webtoken.SigningAlgorithm;
import org.opensts.domain.webtoken.WebTokenSigningKey;

/**
 * Two nodes on one database sharing the key rings and MFA devices: a key made on one opens tokens
 * on the other at once, the nodes agree on the current key, and a device changes on one node at a
 * time. Secrets are in the database only sealed.
 */
class TwoNodesKeysTest {

  private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
  private static final String SEED = "JBSWY3DPEHPK3PXP";

  private final DataSource database = TestDatabases.fresh();
  private final List<PostgresStores> nodes = new ArrayList<>();
  private final ExecutorService pool = Executors.newFixedThreadPool(4);

  @AfterEach
  void close() {
    pool.shutdownNow();
    nodes.forEach(PostgresStores::close);
  }

  private PostgresStores node() {
    PostgresStores node = SharedPostgresStores.startedOn(database);
    nodes.add(node);
    return node;
  }

  @Test
  void givenKeyRotatedOnNodeA_nodeB_findsItAtOnceAndMakesItCurrentWithinTheBound()
      throws InterruptedException {
    PostgresStores nodeA = node();
    PostgresStores nodeB = node();
    SealingKey first = nodeA.keyRing().current();
    assertEquals(first, nodeB.keyRing().current());

    SealingKey rotated = nodeA.keyRing().rotate(NOW);

    assertEquals(Optional.of(rotated), nodeB.keyRing().find(rotated.id()));
    assertEquals(
        Optional.of(rotated),
        Eventually.present(() -> Optional.of(nodeB.keyRing().current()).filter(rotated::equals)));
    assertEquals(nodeA.keyRing().keyIds(), nodeB.keyRing().keyIds());
  }

  @Test
  void givenNodeBNoLongerFollowingTheChangeLog_find_readsAKeyJustMadeOnNodeAFromTheDatabase() {
    PostgresStores nodeA = node();
    PostgresStores nodeB = node();
    nodeB.keyRing().current();
    nodeB.close();

    SealingKey rotated = nodeA.keyRing().rotate(NOW);

    assertEquals(Optional.of(rotated), nodeB.keyRing().find(rotated.id()));
  }

  @Test
  void givenTwoNodesStartingOnAnEmptyDatabaseAtOnce_current_isOneFirstKeyOnBoth() throws Exception {
    List<Future<PostgresStores>> starting =
        pool.invokeAll(List.<Callable<PostgresStores>>of(this::node, this::node));
    PostgresStores nodeA = starting.get(0).get();
    PostgresStores nodeB = starting.get(1).get();
    CountDownLatch go = new CountDownLatch(1);
    Future<SealingKey> onA = pool.submit(() -> awaiting(go, () -> nodeA.keyRing().current()));
    Future<SealingKey> onB = pool.submit(() -> awaiting(go, () -> nodeB.keyRing().current()));

    go.countDown();

    assertEquals(onA.get(), onB.get());
    assertEquals(List.of(onA.get().id()), nodeA.keyRing().keyIds());
    assertEquals(List.of(onA.get().id()), nodeB.keyRing().keyIds());
    assertEquals(1, count("SELECT count(*) FROM sealing_key"));
  }

  @Test
  void givenBothNodesRotateAtOnce_current_isTheSameOnBothAfterReplay() throws Exception {
    PostgresStores nodeA = node();
    PostgresStores nodeB = node();
    nodeA.keyRing().current();
    CountDownLatch go = new CountDownLatch(1);
    Future<SealingKey> onA = pool.submit(() -> awaiting(go, () -> nodeA.keyRing().rotate(NOW)));
    Future<SealingKey> onB = pool.submit(() -> awaiting(go, () -> nodeB.keyRing().rotate(NOW)));

    go.countDown();
    onA.get();
    onB.get();

    Optional<SealingKey> agreed =
        Eventually.present(
            () ->
                Optional.of(nodeA.keyRing().current())
                    .filter(key -> key.equals(nodeB.keyRing().current()))
                    .filter(key -> nodeA.keyRing().keyIds().size() == 3)
                    .filter(key -> nodeA.keyRing().keyIds().equals(nodeB.keyRing().keyIds())));
    assertTrue(agreed.isPresent(), "the nodes agree on the ring within the bound");
    assertTrue(agreed.get().equals(onA.get()) || agreed.get().equals(onB.get()));
  }

  @Test
  void givenWebTokenKeyMadeOnNodeA_nodeBCurrent_isThatKeyEvenBeforeReplay() {
    PostgresStores nodeA = node();
    PostgresStores nodeB = node();

    WebTokenSigningKey madeOnA = nodeA.webTokenKeys().current(SigningAlgorithm.ES384, NOW);
    WebTokenSigningKey onB = nodeB.webTokenKeys().current(SigningAlgorithm.ES384, NOW);

    assertEquals(madeOnA.keyId(), onB.keyId());
    assertEquals(madeOnA.keyPair().getPublic(), onB.keyPair().getPublic());
    assertEquals(
        "EC384_1", nodeB.webTokenKeys().rotate(SigningAlgorithm.ES384, NOW.plusSeconds(1)).keyId());
  }

  @Test
  void givenTwoNodesRacingToEnableOneMfaDevice_update_letsExactlyOneWin() throws Exception {
    PostgresStores nodeA = node();
    PostgresStores nodeB = node();
    VirtualMfaDevice device =
        VirtualMfaDevice.create(TestAccounts.ALPHA, IamPath.ROOT, "shared", SEED, List.of());
    String serial = device.serialNumber().toString();
    assertTrue(nodeA.mfaDevices().add(device));
    Eventually.present(() -> nodeB.mfaDevices().find(TestAccounts.ALPHA, serial));
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Optional<VirtualMfaDevice>>> enables = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      PostgresStores node = i % 2 == 0 ? nodeA : nodeB;
      String user = "user" + i;
      enables.add(
          pool.submit(
              () ->
                  awaiting(
                      go,
                      () ->
                          node.mfaDevices()
                              .update(
                                  TestAccounts.ALPHA,
                                  serial,
                                  d -> {
                                    if (d.isEnabled()) {
                                      throw new IllegalStateException("enabled already");
                                    }
                                    return d.enabledFor(user, NOW);
                                  }))));
    }

    go.countDown();
    int won = 0;
    for (Future<Optional<VirtualMfaDevice>> enable : enables) {
      try {
        won += enable.get().isPresent() ? 1 : 0;
      } catch (ExecutionException e) {
        assertTrue(e.getCause() instanceof IllegalStateException, e.getCause().toString());
      }
    }

    assertEquals(1, won);
    String winner =
        nodeA.mfaDevices().find(TestAccounts.ALPHA, serial).orElseThrow().userName().orElseThrow();
    assertEquals(
        Optional.of(winner),
        Eventually.present(
            () ->
                nodeB
                    .mfaDevices()
                    .find(TestAccounts.ALPHA, serial)
                    .flatMap(VirtualMfaDevice::userName)));
  }

  @Test
  void givenSecretsStored_theirColumns_holdThemOnlySealed() throws SQLException {
    PostgresStores node = node();
    node.mfaDevices()
        .add(VirtualMfaDevice.create(TestAccounts.ALPHA, IamPath.ROOT, "phone", SEED, List.of()));
    SealingKey sealingKey = node.keyRing().current();
    WebTokenSigningKey webTokenKey = node.webTokenKeys().current(SigningAlgorithm.ES384, NOW);

    String seed = column("SELECT sealed_seed FROM mfa_device");
    String key = column("SELECT sealed_key FROM sealing_key");
    String privateKey = column("SELECT sealed_private_key FROM web_token_key");

    assertNotClear(seed, SEED.getBytes(StandardCharsets.US_ASCII));
    assertNotClear(key, sealingKey.key().getEncoded());
    assertNotClear(privateKey, webTokenKey.keyPair().getPrivate().getEncoded());
  }

  /** Neither the secret nor its usual text forms appear in the column, nor decode from it. */
  private static void assertNotClear(String column, byte[] secret) {
    for (String form :
        List.of(
            new String(secret, StandardCharsets.ISO_8859_1),
            Base64.getEncoder().encodeToString(secret),
            HexFormat.of().formatHex(secret))) {
      assertFalse(column.contains(form), "the secret is in clear in " + column);
    }
    String decoded = new String(Base64.getDecoder().decode(column), StandardCharsets.ISO_8859_1);
    assertFalse(decoded.contains(new String(secret, StandardCharsets.ISO_8859_1)));
  }

  private String column(String query) throws SQLException {
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery(query)) {
      assertTrue(row.next(), query);
      return row.getString(1);
    }
  }

  private long count(String query) throws SQLException {
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery(query)) {
      row.next();
      return row.getLong(1);
    }
  }

  private static <T> T awaiting(CountDownLatch go, Supplier<T> action) throws InterruptedException {
    go.await();
    return action.get();
  }
}
