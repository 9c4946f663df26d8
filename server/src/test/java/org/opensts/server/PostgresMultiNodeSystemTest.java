package org.opensts.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.opensts.server.bootstrap.AccountSeeder;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.core.exception.SdkServiceException;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AccessKey;
import software.amazon.awssdk.services.iam.model.IamException;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.Credentials;
import software.amazon.awssdk.services.sts.model.StsException;

/**
 * Two server nodes on one PostgreSQL database ({@code STS_STORE=postgres}): what IAM changes
 * through one is in force on the other within a second (each test prints the delay it saw), the
 * credentials either issues work on both, concurrent writers through both lose nothing, and nodes
 * started together on the same bootstrap file seed it once.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class PostgresMultiNodeSystemTest {

  private static final Duration BOUND = Duration.ofSeconds(1);
  private static final String TRUST_ALPHA =
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":"
          + "{\"AWS\":\"arn:aws:iam::111111111111:root\"},\"Action\":\"sts:AssumeRole\"}]}";

  private static final String GET_ROLE =
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":"
          + "\"iam:GetRole\",\"Resource\":\"arn:aws:iam::111111111111:role/%s\"}]}";
  private static final String REVOKE_OLDER =
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\",\"Action\":\"*\","
          + "\"Resource\":\"*\",\"Condition\":{\"DateLessThan\":{\"aws:TokenIssueTime\":"
          + "\"%s\"}}}]}";

  private static EmbeddedDatabase database;

  private final String masterKey = ChildServer.randomMasterKey();

  @BeforeAll
  static void startDatabase() {
    database = EmbeddedDatabase.started();
  }

  @AfterAll
  static void stopDatabase() {
    database.close();
  }

  @Test
  void givenTwoNodes_aRoleCreatedThroughOne_isAssumedThroughTheOtherAndItsSessionsWorkOnBoth()
      throws Exception {
    try (Nodes nodes = startedTogether("test-bootstrap.json")) {
      IamClient rootA = IamClients.iam(nodes.a(), TestAccounts.ALPHA_ROOT);
      StsClient aliceOnB = nodes.b().sts(TestAccounts.ALICE);
      aliceOnB.getCallerIdentity(); // a warm client, so that the delay is the propagation's
      rootA.createRole(r -> r.roleName("shared").assumeRolePolicyDocument(TRUST_ALPHA));
      long created = System.nanoTime();

      Credentials issuedByB =
          eventually(
              () ->
                  aliceOnB
                      .assumeRole(
                          r -> r.roleArn(TestAccounts.role("shared")).roleSessionName("via-b"))
                      .credentials());
      Duration delay = Duration.ofNanos(System.nanoTime() - created);
      report("CreateRole on A -> AssumeRole on B", delay);
      Credentials issuedByA =
          nodes
              .a()
              .sts(TestAccounts.ALICE)
              .assumeRole(r -> r.roleArn(TestAccounts.role("shared")).roleSessionName("via-a"))
              .credentials();

      assertTrue(delay.compareTo(BOUND) < 0, "propagation took " + delay);
      String sessions = "arn:aws:sts::111111111111:assumed-role/shared/";
      assertEquals(sessions + "via-a", nodes.b().sts(session(issuedByA)).getCallerIdentity().arn());
      assertEquals(sessions + "via-b", nodes.a().sts(session(issuedByB)).getCallerIdentity().arn());
    }
  }

  @Test
  void givenAnAccessKeyCreatedThroughOneNode_deletingItThroughTheOther_deniesItOnTheFirst()
      throws Exception {
    try (Nodes nodes = startedTogether("test-bootstrap.json")) {
      IamClient rootA = IamClients.iam(nodes.a(), TestAccounts.ALPHA_ROOT);
      rootA.createUser(r -> r.userName("leaving-lee"));
      AccessKey created = rootA.createAccessKey(r -> r.userName("leaving-lee")).accessKey();
      AwsBasicCredentials key =
          AwsBasicCredentials.create(created.accessKeyId(), created.secretAccessKey());
      String lee = "arn:aws:iam::111111111111:user/leaving-lee";
      StsClient leeOnA = nodes.a().sts(key);
      assertEquals(lee, leeOnA.getCallerIdentity().arn());
      assertEquals(lee, eventually(() -> nodes.b().sts(key).getCallerIdentity().arn()));

      IamClient rootB = IamClients.iam(nodes.b(), TestAccounts.ALPHA_ROOT);
      rootB.deleteAccessKey(r -> r.userName("leaving-lee").accessKeyId(created.accessKeyId()));
      long deleted = System.nanoTime();
      StsException denied = refusedEventually(StsException.class, leeOnA::getCallerIdentity);
      Duration delay = Duration.ofNanos(System.nanoTime() - deleted);
      report("DeleteAccessKey on B -> denied on A", delay);

      assertEquals("InvalidClientTokenId", denied.awsErrorDetails().errorCode());
      assertTrue(delay.compareTo(BOUND) < 0, "revocation took " + delay);
    }
  }

  @Test
  void givenARoleSessionIssuedByOneNode_revokingActiveSessionsThroughTheOther_deniesItOnTheFirst()
      throws Exception {
    try (Nodes nodes = startedTogether("test-bootstrap.json")) {
      IamClient rootA = IamClients.iam(nodes.a(), TestAccounts.ALPHA_ROOT);
      rootA.createRole(r -> r.roleName("revocable").assumeRolePolicyDocument(TRUST_ALPHA));
      rootA.putRolePolicy(
          r ->
              r.roleName("revocable")
                  .policyName("get-itself")
                  .policyDocument(GET_ROLE.formatted("revocable")));
      Credentials issued =
          nodes
              .a()
              .sts(TestAccounts.ALICE)
              .assumeRole(r -> r.roleArn(TestAccounts.role("revocable")).roleSessionName("old"))
              .credentials();
      IamClient sessionOnA = IamClients.iam(nodes.a(), session(issued));
      sessionOnA.getRole(r -> r.roleName("revocable"));
      // The IAM console's "Revoke active sessions": deny what sessions issued before now may do.
      Instant revokeBefore = Instant.now().plusSeconds(1).truncatedTo(ChronoUnit.SECONDS);

      eventually(
          () ->
              IamClients.iam(nodes.b(), TestAccounts.ALPHA_ROOT)
                  .putRolePolicy(
                      r ->
                          r.roleName("revocable")
                              .policyName("AWSRevokeOlderSessions")
                              .policyDocument(REVOKE_OLDER.formatted(revokeBefore))));
      long revoked = System.nanoTime();
      IamException denied =
          refusedEventually(
              IamException.class, () -> sessionOnA.getRole(r -> r.roleName("revocable")));
      Duration delay = Duration.ofNanos(System.nanoTime() - revoked);
      report("revoke active sessions on B -> denied on A", delay);

      assertEquals("AccessDenied", denied.awsErrorDetails().errorCode());
      assertTrue(delay.compareTo(BOUND) < 0, "revocation took " + delay);
    }
  }

  @Test
  void givenWritersOnBothNodes_puttingPoliciesOnOneRole_keepEveryPolicyOnBothNodes()
      throws Exception {
    int threadsPerNode = 3;
    int policiesPerThread = 4;
    try (Nodes nodes = startedTogether("test-bootstrap.json")) {
      IamClients.iam(nodes.a(), TestAccounts.ALPHA_ROOT)
          .createRole(r -> r.roleName("busy").assumeRolePolicyDocument(TRUST_ALPHA));
      eventually(
          () ->
              IamClients.iam(nodes.b(), TestAccounts.ALPHA_ROOT).getRole(r -> r.roleName("busy")));
      ExecutorService writers = Executors.newFixedThreadPool(2 * threadsPerNode);
      List<Future<?>> done = new ArrayList<>();
      Set<String> expected = new TreeSet<>();
      for (TestServer node : List.of(nodes.a(), nodes.b())) {
        String prefix = node == nodes.a() ? "a" : "b";
        for (int t = 0; t < threadsPerNode; t++) {
          List<String> names = new ArrayList<>();
          for (int p = 0; p < policiesPerThread; p++) {
            names.add(prefix + "-" + t + "-" + p);
          }
          expected.addAll(names);
          IamClient iam = IamClients.iam(node, TestAccounts.ALPHA_ROOT);
          done.add(writers.submit(() -> names.forEach(name -> putRolePolicy(iam, name))));
        }
      }
      writers.shutdown();
      for (Future<?> writer : done) {
        writer.get(2, TimeUnit.MINUTES);
      }

      // Each node sees the other's last writes once they arrive (a node reads its own mirror); a
      // policy lost to a race never arrives, and the wait runs out.
      assertEquals(expected, eventually(() -> settled(rolePolicies(nodes.a()), expected)));
      assertEquals(expected, eventually(() -> settled(rolePolicies(nodes.b()), expected)));
    }
  }

  @Test
  void givenTheSameBootstrapFile_twoNodesStartedTogether_seedItOnceAndAgreeWithOneNodeAlone()
      throws Exception {
    Map<String, Set<String>> alone;
    try (TestServer memory = TestServer.start(IamAccounts.BOOTSTRAP)) {
      alone = inventory(memory);
    }
    String shared = database.freshDatabase();
    try (Nodes nodes = startedTogether(IamAccounts.BOOTSTRAP, shared)) {
      assertEquals(alone, inventory(nodes.a()));
      assertEquals(alone, inventory(nodes.b()));
    }
    try (TestServer restarted =
        TestServer.start(IamAccounts.BOOTSTRAP, database.nodeSettings(shared, masterKey))) {
      assertEquals(alone, inventory(restarted));
    }
  }

  @Test
  void givenNoBootstrapFile_twoNodesStartedTogether_createTheDemoAccountOnce() throws Exception {
    String shared = database.freshDatabase();
    try (Nodes nodes = startedTogether(null, shared)) {
      List<AccountSeeder.DemoCredentials> demos =
          Stream.of(nodes.a(), nodes.b())
              .flatMap(node -> node.bean(AccountSeeder.class).demoCredentials().stream())
              .toList();

      assertEquals(1, demos.size(), "demo accounts created");
      AwsBasicCredentials demo =
          AwsBasicCredentials.create(demos.get(0).accessKeyId(), demos.get(0).secretAccessKey());
      assertEquals(
          "arn:aws:iam::123456789012:user/demo", nodes.a().sts(demo).getCallerIdentity().arn());
      assertEquals(
          "arn:aws:iam::123456789012:user/demo", nodes.b().sts(demo).getCallerIdentity().arn());
    }
  }

  @Test
  void givenTheEnvironmentSettings_aServerProcess_sharesTheDatabaseWithAnotherNode(
      @TempDir Path directory) throws Exception {
    String shared = database.freshDatabase();
    Path passwordFile = directory.resolve("db-password");
    Files.writeString(passwordFile, "any; the embedded database trusts local connections\n");
    Map<String, String> environment = new LinkedHashMap<>();
    environment.put("STS_STORE", "postgres");
    environment.put("STS_DB_URL", database.url(shared));
    environment.put("STS_DB_USER", "postgres");
    environment.put("STS_DB_PASSWORD_FILE", passwordFile.toString());
    environment.put("STS_DB_POOL_SIZE", "4");
    environment.put("STS_MASTER_KEY", masterKey);
    environment.put("STS_BOOTSTRAP", TestServer.copyResource("test-bootstrap.json").toString());
    environment.put("STS_RATE_LIMIT_PER_KEY", "0");
    environment.put("STS_AUDIT_LOG", directory.resolve("audit.jsonl").toString());
    try (ChildServer process =
            ChildServer.start(ChildServer.testClasspath(), List.of(), environment);
        TestServer node =
            TestServer.start("test-bootstrap.json", database.nodeSettings(shared, masterKey))) {
      process.iam(TestAccounts.ALPHA_ROOT).createUser(r -> r.userName("from-the-process"));

      IamClient onNode = IamClients.iam(node, TestAccounts.ALPHA_ROOT);
      assertEquals(
          "from-the-process",
          eventually(() -> onNode.getUser(r -> r.userName("from-the-process")).user().userName()));
    }
  }

  /** PutRolePolicy as an SDK client would, retrying ConcurrentModification. */
  private static void putRolePolicy(IamClient iam, String name) {
    String document =
        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Action\":\"sts:GetCallerIdentity\",\"Resource\":\"*\"}]}";
    for (int attempt = 1; ; attempt++) {
      try {
        iam.putRolePolicy(r -> r.roleName("busy").policyName(name).policyDocument(document));
        return;
      } catch (IamException e) {
        if (!"ConcurrentModification".equals(e.awsErrorDetails().errorCode()) || attempt == 50) {
          throw e;
        }
      }
    }
  }

  private static Set<String> rolePolicies(TestServer node) {
    return new TreeSet<>(
        IamClients.iam(node, TestAccounts.ALPHA_ROOT)
            .listRolePolicies(r -> r.roleName("busy"))
            .policyNames());
  }

  /** For {@link #eventually}: the actual set once it is the expected one. */
  private static Set<String> settled(Set<String> actual, Set<String> expected) {
    if (!actual.equals(expected)) {
      throw new IllegalStateException("not yet: " + actual);
    }
    return actual;
  }

  /** The users, roles and managed policies of the first account of {@code iam-bootstrap.json}. */
  private static Map<String, Set<String>> inventory(TestServer node) {
    IamClient root = IamClients.iam(node, IamAccounts.EPSILON_ROOT);
    return Map.of(
        "users",
        root.listUsersPaginator(r -> {}).users().stream()
            .map(u -> u.userName())
            .collect(Collectors.toCollection(TreeSet::new)),
        "roles",
        root.listRolesPaginator(r -> {}).roles().stream()
            .map(r -> r.roleName())
            .collect(Collectors.toCollection(TreeSet::new)),
        "policies",
        root.listPoliciesPaginator(r -> r.scope("Local")).policies().stream()
            .map(p -> p.policyName())
            .collect(Collectors.toCollection(TreeSet::new)));
  }

  private Nodes startedTogether(String bootstrap) throws Exception {
    return startedTogether(bootstrap, database.freshDatabase());
  }

  /** Two nodes on {@code databaseName}, started at the same time. */
  private Nodes startedTogether(String bootstrap, String databaseName) throws Exception {
    Map<String, Object> settings = database.nodeSettings(databaseName, masterKey);
    ExecutorService starting = Executors.newFixedThreadPool(2);
    try {
      Future<TestServer> a = starting.submit(() -> node(bootstrap, settings));
      Future<TestServer> b = starting.submit(() -> node(bootstrap, settings));
      return new Nodes(a.get(90, TimeUnit.SECONDS), b.get(90, TimeUnit.SECONDS));
    } finally {
      starting.shutdownNow();
    }
  }

  private static TestServer node(String bootstrap, Map<String, Object> settings) {
    if (bootstrap != null) {
      return TestServer.start(bootstrap, settings);
    }
    Map<String, Object> demo = new HashMap<>(settings);
    demo.put("micronaut.server.port", -1);
    demo.put("micronaut.server.host", "127.0.0.1");
    return TestServer.start(demo);
  }

  /** The call's result once it succeeds, trying every 5 ms for 10 s. */
  static <T> T eventually(Supplier<T> call) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (true) {
      try {
        return call.get();
      } catch (SdkServiceException | IllegalStateException e) {
        if (System.nanoTime() > deadline) {
          throw e;
        }
        Thread.sleep(5);
      }
    }
  }

  /** The error the call ends in once it is refused, trying as {@link #eventually} does. */
  private static <E extends SdkServiceException> E refusedEventually(Class<E> type, Runnable call)
      throws InterruptedException {
    return eventually(
        () -> {
          try {
            call.run();
          } catch (SdkServiceException e) {
            if (type.isInstance(e)) {
              return type.cast(e);
            }
            throw e;
          }
          throw new IllegalStateException("still accepted");
        });
  }

  private static AwsSessionCredentials session(Credentials credentials) {
    return AwsSessionCredentials.create(
        credentials.accessKeyId(), credentials.secretAccessKey(), credentials.sessionToken());
  }

  private static void report(String what, Duration delay) {
    System.out.printf("PostgreSQL propagation, %s: %d ms%n", what, delay.toMillis());
  }

  private record Nodes(TestServer a, TestServer b) implements AutoCloseable {
    @Override
    public void close() {
      a.close();
      b.close();
    }
  }
}
