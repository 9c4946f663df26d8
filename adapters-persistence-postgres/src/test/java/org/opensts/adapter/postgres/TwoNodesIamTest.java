package org.opensts.adapter.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opensts.adapter.policyjson.JacksonPolicyDocumentParser;
import org.opensts.application.port.out.PolicyDocumentParser;
import org.opensts.application.port.out.PolicyStore;
import org.opensts.domain.error.EntityException;
import org.opensts.domain.error.ErrorCode;
import org.opensts.domain.fixture.TestAccounts;
import org.opensts.domain.fixture.TestClocks;
import org.opensts.domain.fixture.TestRoles;
import org.opensts.domain.fixture.TestUsers;
import org.opensts.domain.iam.ManagedPolicy;
import org.opensts.domain.iam.Role;
import org.opensts.domain.identity.AccessKey;
import org.opensts.domain.identity.AccessKeyId;
import org.opensts.domain.identity.AccessKeyStatus;
import org.opensts.domain.identity.IamPath;
import org.opensts.domain.identity.IamUserPrincipal;
import org.opensts.domain.identity.Principal;
import org.opensts.domain.identity.SecretAccessKey;
import org.opensts.domain.identity.Tag;
import org.opensts.domain.identity.UniqueId;
import org.opensts.domain.policy.PolicyDocument;
import org.opensts.domain.policy.PolicyKind;

/**
 * Two nodes on one database, for the IAM entities: what one writes the other sees within the bound,
 * racing writes through both end as IAM ends them, and quotas hold across nodes.
 */
class TwoNodesIamTest {

  private static final PolicyDocumentParser PARSER = new JacksonPolicyDocumentParser();
  private static final PolicyDocument TRUST_ALPHA =
      PARSER.parse(
          "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":"
              + "{\"AWS\":\"arn:aws:iam::111111111111:root\"},\"Action\":\"sts:AssumeRole\"}]}",
          PolicyKind.TRUST);
  private static final PolicyDocument ALLOW_ALL =
      PARSER.parse(
          "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\","
              + "\"Resource\":\"*\"}]}",
          PolicyKind.IDENTITY);
  private static final Principal ALICE =
      new IamUserPrincipal(TestAccounts.ALPHA, TestUsers.USER_ID, IamPath.ROOT, "alice");
  private static final String ALICE_ARN = ALICE.arn().toString();

  private final SplittableRandom random = new SplittableRandom(13);
  @RegisterExtension final TwoNodes nodes = new TwoNodes();
  private final DataSource database = nodes.database();
  private final PostgresStores nodeA = nodes.a();
  private final PostgresStores nodeB = nodes.b();

  @Test
  void givenRoleCreatedOnNodeA_nodeB_findsItWithinTheBound() throws InterruptedException {
    Role deployer = role("deployer");

    assertTrue(nodeA.roles().add(deployer));

    assertEquals(
        Optional.of(deployer),
        Eventually.present(() -> nodeB.roles().find(TestAccounts.ALPHA, "deployer")));
  }

  @Test
  void givenBothNodesReadTheRole_theSecondPut_isRefusedAndItsRetryKeepsBothPolicies()
      throws InterruptedException {
    nodeA.roles().add(role("deployer"));
    Eventually.present(() -> nodeB.roles().find(TestAccounts.ALPHA, "deployer"));
    Role readByA = nodeA.roles().find(TestAccounts.ALPHA, "deployer").orElseThrow();
    Role readByB = nodeB.roles().find(TestAccounts.ALPHA, "deployer").orElseThrow();

    nodeA.roles().save(readByA.withInlinePolicy("a", ALLOW_ALL));
    EntityException refused =
        assertThrows(
            EntityException.class,
            () -> nodeB.roles().save(readByB.withInlinePolicy("b", ALLOW_ALL)));
    putRolePolicy(nodeB, "b");

    assertEquals(ErrorCode.CONCURRENT_MODIFICATION, refused.code());
    assertTrue(Eventually.holds(() -> inlinePolicyNames(nodeA).equals(Set.of("a", "b"))));
  }

  @Test
  void givenManyPutsThroughTwoNodesAtOnce_retriedOnConflict_noPolicyIsLost() throws Exception {
    nodeA.roles().add(role("deployer"));
    Eventually.present(() -> nodeB.roles().find(TestAccounts.ALPHA, "deployer"));
    List<Callable<Void>> puts = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (int i = 0; i < 12; i++) {
      PostgresStores node = i % 2 == 0 ? nodeA : nodeB;
      String name = "p" + i;
      names.add(name);
      puts.add(
          () -> {
            putRolePolicy(node, name);
            return null;
          });
    }

    runAtOnce(puts);

    assertTrue(Eventually.holds(() -> inlinePolicyNames(nodeA).equals(names)));
    assertTrue(Eventually.holds(() -> inlinePolicyNames(nodeB).equals(names)));
  }

  @Test
  void givenTwoNodesAddingTheSameRoleName_add_succeedsExactlyOnce() throws Exception {
    for (int round = 0; round < 10; round++) {
      Role onA = role("racer" + round);
      Role onB = role("RACER" + round);
      List<Boolean> added =
          runAtOnce(List.of(() -> nodeA.roles().add(onA), () -> nodeB.roles().add(onB)));

      assertEquals(1, added.stream().filter(Boolean::booleanValue).count(), "round " + round);
    }
  }

  @Test
  void givenManyThreadsOnTwoNodesAddingKeysOfOneUser_add_storesExactlyTheLimit() throws Exception {
    List<Callable<Boolean>> adds = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      PostgresStores node = i % 2 == 0 ? nodeA : nodeB;
      AccessKey key = aKeyOf(ALICE);
      adds.add(() -> node.accessKeys().add(key, 2));
    }

    List<Boolean> added = runAtOnce(adds);

    assertEquals(2, added.stream().filter(Boolean::booleanValue).count());
    assertEquals(2, count("SELECT count(*) FROM access_key"));
    assertTrue(Eventually.holds(() -> nodeA.accessKeys().findByOwner(ALICE).size() == 2));
    assertTrue(Eventually.holds(() -> nodeB.accessKeys().findByOwner(ALICE).size() == 2));
  }

  @Test
  void givenKeyDeletedOnNodeA_nodeB_losesItWithinTheBound() throws InterruptedException {
    AccessKey key = aKeyOf(ALICE);
    nodeA.accessKeys().add(key, 2);
    assertEquals(Optional.of(key), Eventually.present(() -> nodeB.accessKeys().find(key.id())));

    nodeA.accessKeys().delete(key.id());

    assertTrue(Eventually.holds(() -> nodeB.accessKeys().find(key.id()).isEmpty()));
  }

  @Test
  void givenStoredKey_itsSecretColumn_holdsNoClearText() throws Exception {
    AccessKey key = aKeyOf(ALICE);
    nodeA.accessKeys().add(key, 2);

    String stored = sealedSecretOf(key.id());

    String secret = key.secret().value();
    assertNotEquals(secret, stored);
    assertFalse(stored.contains(secret), "the secret is in clear in its column");
    assertEquals(
        Optional.of(key),
        Eventually.present(() -> nodeB.accessKeys().find(key.id())),
        "the other node opens it");
  }

  @Test
  void givenPolicyAddedOnNodeA_nodeB_findsItByItsArnWithinTheBound() throws InterruptedException {
    ManagedPolicy readers =
        ManagedPolicy.create(
            TestAccounts.ALPHA,
            UniqueId.POLICY.generate(random),
            IamPath.of("/team/"),
            "Readers",
            "Reads everything",
            ALLOW_ALL,
            List.of(new Tag("team", "blue")),
            TestClocks.NOW);

    assertTrue(nodeA.policies().add(readers));

    String arn = readers.arn().toString();
    assertEquals(Optional.of(readers), Eventually.present(() -> nodeB.policies().find(arn)));
    assertTrue(nodeB.policies().find(arn.replace("Readers", "readers")).isEmpty());
  }

  @Test
  void givenAttachmentsThroughTwoNodesAtOnce_attach_neverExceedsTheQuota() throws Exception {
    List<Callable<PolicyStore.Attachment>> attachments = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      PostgresStores node = i % 2 == 0 ? nodeA : nodeB;
      ManagedPolicy policy = policy("p" + i);
      assertTrue(nodeA.policies().add(policy));
      String arn = policy.arn().toString();
      attachments.add(() -> node.policies().attach(arn, ALICE_ARN, 3));
    }
    // Both nodes know every policy before the race, so that a refusal is only ever the quota.
    assertTrue(Eventually.holds(() -> nodeB.policies().list(TestAccounts.ALPHA).size() == 8));

    List<PolicyStore.Attachment> results = runAtOnce(attachments);

    assertEquals(3, results.stream().filter(PolicyStore.Attachment.ATTACHED::equals).count());
    assertEquals(
        3, count("SELECT count(*) FROM managed_policy WHERE cardinality(attached_to) > 0"));
    assertTrue(Eventually.holds(() -> nodeA.policies().attachedTo(ALICE_ARN).size() == 3));
    assertTrue(Eventually.holds(() -> nodeB.policies().attachedTo(ALICE_ARN).size() == 3));
  }

  @Test
  void givenNodeBHasReadTheAttachments_aDetachOnNodeA_reachesItWithinTheBound()
      throws InterruptedException {
    ManagedPolicy policy = policy("readers");
    String arn = policy.arn().toString();
    assertTrue(nodeA.policies().add(policy));
    assertEquals(PolicyStore.Attachment.ATTACHED, nodeA.policies().attach(arn, ALICE_ARN, 10));
    assertTrue(Eventually.holds(() -> nodeB.policies().attachedTo(ALICE_ARN).size() == 1));

    assertTrue(nodeA.policies().detach(arn, ALICE_ARN));

    assertTrue(Eventually.holds(() -> nodeB.policies().attachedTo(ALICE_ARN).isEmpty()));
    assertTrue(nodeA.policies().attachedTo(ALICE_ARN).isEmpty());
  }

  /** PutRolePolicy as a client does it: read, change, write; on a conflict, again. */
  private static void putRolePolicy(PostgresStores node, String policyName)
      throws InterruptedException {
    for (int attempt = 1; ; attempt++) {
      Role role = node.roles().find(TestAccounts.ALPHA, "deployer").orElseThrow();
      try {
        node.roles().save(role.withInlinePolicy(policyName, ALLOW_ALL));
        return;
      } catch (EntityException e) {
        if (e.code() != ErrorCode.CONCURRENT_MODIFICATION || attempt == 200) {
          throw e;
        }
        Thread.sleep(attempt % 10);
      }
    }
  }

  private static Set<String> inlinePolicyNames(PostgresStores node) {
    return node.roles()
        .find(TestAccounts.ALPHA, "deployer")
        .orElseThrow()
        .inlinePolicies()
        .keySet();
  }

  /** Runs the tasks on as many threads, let go together; their results in order. */
  private static <T> List<T> runAtOnce(List<Callable<T>> tasks) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (Callable<T> task : tasks) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return task.call();
                }));
      }
      start.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get());
      }
      return results;
    } finally {
      pool.shutdown();
    }
  }

  private static Role role(String name) {
    return TestRoles.aRole(TestAccounts.ALPHA, name, TRUST_ALPHA);
  }

  private ManagedPolicy policy(String name) {
    return ManagedPolicy.create(
        TestAccounts.ALPHA,
        UniqueId.POLICY.generate(random),
        IamPath.ROOT,
        name,
        "",
        ALLOW_ALL,
        List.of(),
        TestClocks.NOW);
  }

  private AccessKey aKeyOf(Principal owner) {
    return new AccessKey(
        AccessKeyId.longTerm(TestAccounts.ALPHA, random),
        SecretAccessKey.generate(random),
        owner,
        AccessKeyStatus.ACTIVE,
        TestClocks.NOW);
  }

  private long count(String query) throws SQLException {
    try (Connection connection = database.getConnection();
        PreparedStatement statement = connection.prepareStatement(query);
        ResultSet row = statement.executeQuery()) {
      row.next();
      return row.getLong(1);
    }
  }

  private String sealedSecretOf(AccessKeyId id) throws SQLException {
    try (Connection connection = database.getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                "SELECT sealed_secret FROM access_key WHERE entity_key = ?")) {
      statement.setString(1, id.value());
      try (ResultSet row = statement.executeQuery()) {
        assertTrue(row.next(), "no row for the key");
        return row.getString(1);
      }
    }
  }
}
