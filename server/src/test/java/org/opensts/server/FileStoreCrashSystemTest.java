package org.opensts.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.opensts.adapter.persistence.file.FileStores;
import org.opensts.adapter.policyjson.JacksonPolicyDocumentParser;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.iam.User;
import org.opensts.domain.identity.AccessKey;
import org.opensts.domain.identity.AccessKeyId;
import org.opensts.domain.secret.MasterKey;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AccessKeyMetadata;
import software.amazon.awssdk.services.iam.model.Role;
import software.amazon.awssdk.services.iam.model.Tag;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.Credentials;

/**
 * The real server as a child process on the file store, killed with SIGKILL at random moments while
 * the alpha root makes IAM changes through the AWS SDK, and restarted on the same directory: every
 * change the server acknowledged is there after the restart, the one call that was in flight is
 * either wholly there or not at all, and session tokens issued before a kill keep working.
 *
 * <p>Seeded: the seed is printed; {@code -Dcrash.seed=<n>} replays a run ({@code -Dcrash.rounds}
 * and {@code -Dcrash.maxChanges} change its size). The change sequence is reproducible; the exact
 * kill instant of a timed kill depends on the machine.
 *
 * <p>The child ({@link ChildServer}) runs the test JVM's own classpath (the server jar is built
 * after the tests), with directories packed into jars so that a class-data-sharing archive, dumped
 * by a first server that stops cleanly, makes the fifty restarts cheaper.
 */
class FileStoreCrashSystemTest {

  private static final String ALPHA_ROOT_ARN = "arn:aws:iam::111111111111:root";
  private static final String PATH = "/crash/";
  private static final int MAX_USERS = 8;
  private static final int MAX_ROLES = 5;
  private static final String TRUST =
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":"
          + "{\"AWS\":\"arn:aws:iam::111111111111:root\"},\"Action\":\"sts:AssumeRole\"}]}";

  @TempDir Path work;

  private final String masterKey = ChildServer.randomMasterKey();
  private Path dataDir;
  private Path bootstrap;
  private List<String> classpath;
  private Path cdsArchive;

  /** The state of everything under {@link #PATH}: what the test expects the server to hold. */
  record UserState(Map<String, String> tags, Set<String> policies, Set<String> keys) {
    UserState {
      tags = Map.copyOf(tags);
      policies = Set.copyOf(policies);
      keys = Set.copyOf(keys);
    }
  }

  record RoleState(Set<String> policies) {
    RoleState {
      policies = Set.copyOf(policies);
    }
  }

  record State(Map<String, UserState> users, Map<String, RoleState> roles) {
    State {
      users = Map.copyOf(users);
      roles = Map.copyOf(roles);
    }

    State withUser(String name, UserState user) {
      Map<String, UserState> next = new HashMap<>(users);
      if (user == null) {
        next.remove(name);
      } else {
        next.put(name, user);
      }
      return new State(next, roles);
    }

    State withRole(String name, RoleState role) {
      Map<String, RoleState> next = new HashMap<>(roles);
      if (role == null) {
        next.remove(name);
      } else {
        next.put(name, role);
      }
      return new State(users, next);
    }

    int keyCount() {
      return users.values().stream().mapToInt(u -> u.keys().size()).sum();
    }

    int policyCount() {
      return users.values().stream().mapToInt(u -> u.policies().size()).sum()
          + roles.values().stream().mapToInt(r -> r.policies().size()).sum();
    }
  }

  /** One IAM change: the SDK call and what it does to the state. */
  interface Change {
    String describe();

    /** Makes the call; returns the state after it once the server acknowledged it. */
    State call(IamClient iam, State before);

    /**
     * Whether {@code actual} is {@code before} with this change applied (for an unknown outcome).
     */
    boolean isOutcome(State before, State actual);
  }

  /** A change whose result does not depend on the server's answer. */
  record Deterministic(String describe, Consumer<IamClient> sdkCall, UnaryOperator<State> transform)
      implements Change {
    @Override
    public State call(IamClient iam, State before) {
      sdkCall.accept(iam);
      return transform.apply(before);
    }

    @Override
    public boolean isOutcome(State before, State actual) {
      return transform.apply(before).equals(actual);
    }
  }

  private static UnaryOperator<State> onUser(String name, UnaryOperator<UserState> change) {
    return state -> state.withUser(name, change.apply(state.users().get(name)));
  }

  private static UnaryOperator<State> onRole(String name, UnaryOperator<RoleState> change) {
    return state -> state.withRole(name, change.apply(state.roles().get(name)));
  }

  private static Set<String> plus(Set<String> set, String element) {
    Set<String> next = new HashSet<>(set);
    next.add(element);
    return next;
  }

  private static Set<String> minus(Set<String> set, String element) {
    Set<String> next = new HashSet<>(set);
    next.remove(element);
    return next;
  }

  /** CreateAccessKey: the new key id is the server's choice. */
  final class CreateKey implements Change {
    private final String user;

    CreateKey(String user) {
      this.user = user;
    }

    @Override
    public String describe() {
      return "CreateAccessKey " + user;
    }

    @Override
    public State call(IamClient iam, State before) {
      var key = iam.createAccessKey(r -> r.userName(user)).accessKey();
      secrets.put(key.accessKeyId(), key.secretAccessKey());
      everyKeyId.add(key.accessKeyId());
      UserState u = before.users().get(user);
      Set<String> keys = new HashSet<>(u.keys());
      keys.add(key.accessKeyId());
      return before.withUser(user, new UserState(u.tags(), u.policies(), keys));
    }

    @Override
    public boolean isOutcome(State before, State actual) {
      UserState was = before.users().get(user);
      UserState now = actual.users().get(user);
      if (now == null || !now.keys().containsAll(was.keys())) {
        return false;
      }
      Set<String> added = new HashSet<>(now.keys());
      added.removeAll(was.keys());
      everyKeyId.addAll(added);
      return added.size() == 1
          && actual.equals(
              before.withUser(user, new UserState(was.tags(), was.policies(), now.keys())));
    }
  }

  private final Map<String, String> secrets = new HashMap<>();
  private final Set<String> everyKeyId = new TreeSet<>();
  private int serial;

  @Test
  @Timeout(value = 600, unit = TimeUnit.SECONDS)
  void givenRandomSigkills_restart_keepsEveryAcknowledgedChangeAndNoPartialOne() throws Exception {
    long seed = Long.getLong("crash.seed", new SecureRandom().nextLong());
    int rounds = Integer.getInteger("crash.rounds", 50);
    int maxChanges = Integer.getInteger("crash.maxChanges", 16);
    System.out.println(
        "FileStoreCrashSystemTest: -Dcrash.seed="
            + seed
            + " rounds="
            + rounds
            + " maxChanges="
            + maxChanges);
    Random random = new Random(seed);
    long began = System.nanoTime();

    dataDir = work.resolve("data");
    bootstrap = work.resolve("bootstrap.json");
    Files.copy(TestServer.copyResource("test-bootstrap.json"), bootstrap);
    classpath = ChildServer.packedClasspath(work.resolve("cp"));
    cdsArchive = work.resolve("sts.jsa");

    State model = new State(Map.of(), Map.of());
    List<Credentials> sessions = new ArrayList<>();
    int acknowledged = 0;
    int inFlightApplied = 0;
    int inFlightLost = 0;
    int timedKills = 0;

    // Round 0: a first server, stopped cleanly (SIGTERM), which also dumps the CDS archive.
    try (ChildServer first = startChild(true)) {
      IamClient iam = first.iam(TestAccounts.ALPHA_ROOT);
      for (int i = 0; i < 5; i++) {
        Change change = nextChange(random, model);
        model = change.call(iam, model);
        acknowledged++;
      }
      sessions.add(first.sts(TestAccounts.ALICE).getSessionToken().credentials());
      first.stop();
    }

    Change pending = null;
    State pendingBefore = null;
    for (int round = 1; round <= rounds; round++) {
      long roundBegan = System.nanoTime();
      try (ChildServer server = startChild(false)) {
        long startMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - roundBegan);
        IamClient iam = server.iam(TestAccounts.ALPHA_ROOT);
        State actual = read(iam);
        if (pending != null) {
          if (actual.equals(pendingBefore)) {
            inFlightLost++;
          } else if (pending.isOutcome(pendingBefore, actual)) {
            inFlightApplied++;
          } else {
            fail(
                mismatch(
                    "round " + round + ": after the kill during '" + pending.describe() + "'",
                    pendingBefore,
                    actual));
          }
          model = actual;
        } else {
          assertEquals(model, actual, "round " + round + ": acknowledged state after restart");
        }
        pending = null;
        checkRootAndDeletedKeys(server, model);
        checkSessionsAndKeys(server, sessions, model, random);
        sessions.add(server.sts(TestAccounts.ALICE).getSessionToken().credentials());

        int changes = 1 + random.nextInt(maxChanges);
        boolean timedKill = random.nextInt(3) != 0;
        int killAfter = random.nextInt(changes + 1);
        long killDelayMillis = 5 + random.nextInt(60 + 8 * changes);
        List<Change> plan = new ArrayList<>();
        State planned = model;
        // The plan is fixed up front from the seed; it is replayed against the model as calls are
        // acknowledged, so a timed kill only decides how much of it the server saw.
        for (int i = 0; i < changes; i++) {
          Change change = nextChange(random, planned);
          plan.add(change);
          planned = plannedAfter(change, planned);
        }
        int acknowledgedBefore = acknowledged;
        AtomicBoolean killed = new AtomicBoolean();
        Thread killer = null;
        if (timedKill) {
          timedKills++;
          killer =
              new Thread(
                  () -> {
                    sleep(killDelayMillis);
                    killed.set(true);
                    server.kill();
                  },
                  "crash-killer");
          killer.start();
        }
        for (int i = 0; i < plan.size(); i++) {
          if (!timedKill && i == killAfter) {
            break;
          }
          Change change = plan.get(i);
          State before = model;
          try {
            model = change.call(iam, before);
            acknowledged++;
          } catch (SdkException e) {
            if (!killed.get()) {
              throw new AssertionError(
                  "round " + round + ": '" + change.describe() + "' failed on a live server", e);
            }
            pending = change;
            pendingBefore = before;
            break;
          }
        }
        if (killer != null) {
          killer.join();
        } else {
          killed.set(true);
          server.kill();
        }
        server.awaitDeath();
        System.out.printf(
            "round %d: started in %d ms, %d of %d planned changes acknowledged, %s, %s, %d ms%n",
            round,
            startMillis,
            acknowledged - acknowledgedBefore,
            changes,
            timedKill ? "killed after " + killDelayMillis + " ms" : "killed after " + killAfter,
            pending == null ? "nothing in flight" : "in flight: " + pending.describe(),
            TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - roundBegan));
      }
    }

    // The last round's outcome, checked in process this time: every acknowledged change, and no
    // access key without its user.
    try (FileStores stores =
        FileStores.open(
            dataDir, MasterKey.fromBase64(masterKey), new JacksonPolicyDocumentParser())) {
      State actual = readStores(stores);
      if (pending != null) {
        assertTrue(
            actual.equals(pendingBefore) || pending.isOutcome(pendingBefore, actual),
            mismatch(
                "final: after the kill during '" + pending.describe() + "'",
                pendingBefore,
                actual));
      } else {
        assertEquals(model, actual, "final acknowledged state");
      }
      for (String id : everyKeyId) {
        Optional<AccessKey> key = stores.accessKeys().find(new AccessKeyId(id));
        key.ifPresent(
            k -> {
              String owner = k.owner().arn().toString();
              String name = owner.substring(owner.lastIndexOf('/') + 1);
              assertTrue(
                  stores.users().find(AccountId.of(TestAccounts.ALPHA), name).isPresent(),
                  "key " + id + " of a user that does not exist: " + owner);
            });
      }
    }

    long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - began);
    System.out.printf(
        "FileStoreCrashSystemTest: seed=%d rounds=%d (%d timed kills) acknowledged=%d"
            + " in-flight applied=%d lost=%d sessions=%d, %d s%n",
        seed,
        rounds,
        timedKills,
        acknowledged,
        inFlightApplied,
        inFlightLost,
        sessions.size(),
        seconds);
  }

  /** The state after {@code change}, for planning only (an assumed key id for CreateAccessKey). */
  private State plannedAfter(Change change, State before) {
    if (change instanceof Deterministic d) {
      return d.transform().apply(before);
    }
    CreateKey create = (CreateKey) change;
    UserState u = before.users().get(create.user);
    Set<String> keys = new HashSet<>(u.keys());
    keys.add("planned-" + (serial++));
    return before.withUser(create.user, new UserState(u.tags(), u.policies(), keys));
  }

  /**
   * A change valid in {@code state}. Planned key ids ("planned-…") stand for keys the server will
   * name, so DeleteAccessKey is only planned for keys that exist already.
   */
  private Change nextChange(Random random, State state) {
    List<String> users = new ArrayList<>(new TreeSet<>(state.users().keySet()));
    List<String> roles = new ArrayList<>(new TreeSet<>(state.roles().keySet()));
    for (int attempt = 0; ; attempt++) {
      int kind = random.nextInt(10);
      int n = serial++;
      switch (kind) {
        case 0, 1 -> {
          if (users.size() < MAX_USERS) {
            String name = "cu-" + n;
            Map<String, String> tags = new TreeMap<>();
            tags.put("serial", Integer.toString(n));
            if (random.nextBoolean()) {
              tags.put("team", "t" + random.nextInt(5));
            }
            List<Tag> sdkTags =
                tags.entrySet().stream()
                    .map(t -> Tag.builder().key(t.getKey()).value(t.getValue()).build())
                    .toList();
            return new Deterministic(
                "CreateUser " + name,
                iam -> iam.createUser(r -> r.userName(name).path(PATH).tags(sdkTags)),
                st -> st.withUser(name, new UserState(tags, Set.of(), Set.of())));
          }
        }
        case 2 -> {
          Optional<String> empty =
              users.stream()
                  .filter(u -> state.users().get(u).keys().isEmpty())
                  .filter(u -> state.users().get(u).policies().isEmpty())
                  .findFirst();
          if (empty.isPresent() && (users.size() >= MAX_USERS || random.nextBoolean())) {
            String name = empty.get();
            return new Deterministic(
                "DeleteUser " + name,
                iam -> iam.deleteUser(r -> r.userName(name)),
                st -> st.withUser(name, null));
          }
        }
        case 3 -> {
          if (!users.isEmpty()) {
            String name = users.get(random.nextInt(users.size()));
            UserState u = state.users().get(name);
            if (u.policies().size() < 3) {
              String policy = "up-" + n;
              String document = allowDocument("iam:GetUser", n);
              return new Deterministic(
                  "PutUserPolicy " + name + " " + policy,
                  iam ->
                      iam.putUserPolicy(
                          r -> r.userName(name).policyName(policy).policyDocument(document)),
                  onUser(name, x -> new UserState(x.tags(), plus(x.policies(), policy), x.keys())));
            }
          }
        }
        case 4 -> {
          Optional<String> withPolicy =
              users.stream().filter(u -> !state.users().get(u).policies().isEmpty()).findAny();
          if (withPolicy.isPresent()) {
            String name = withPolicy.get();
            UserState u = state.users().get(name);
            String policy = new TreeSet<>(u.policies()).first();
            return new Deterministic(
                "DeleteUserPolicy " + name + " " + policy,
                iam -> iam.deleteUserPolicy(r -> r.userName(name).policyName(policy)),
                onUser(name, x -> new UserState(x.tags(), minus(x.policies(), policy), x.keys())));
          }
        }
        case 5 -> {
          if (!users.isEmpty()) {
            String name = users.get(random.nextInt(users.size()));
            if (state.users().get(name).keys().size() < 2) {
              return new CreateKey(name);
            }
          }
        }
        case 6 -> {
          for (String name : users) {
            UserState u = state.users().get(name);
            Optional<String> real = u.keys().stream().filter(k -> k.startsWith("AKIA")).findAny();
            if (real.isPresent()) {
              String id = real.get();
              return new Deterministic(
                  "DeleteAccessKey " + name + " " + id,
                  iam -> iam.deleteAccessKey(r -> r.userName(name).accessKeyId(id)),
                  onUser(name, x -> new UserState(x.tags(), x.policies(), minus(x.keys(), id))));
            }
          }
        }
        case 7 -> {
          if (roles.size() < MAX_ROLES) {
            String name = "cr-" + n;
            return new Deterministic(
                "CreateRole " + name,
                iam ->
                    iam.createRole(
                        r -> r.roleName(name).path(PATH).assumeRolePolicyDocument(TRUST)),
                st -> st.withRole(name, new RoleState(Set.of())));
          }
        }
        case 8 -> {
          if (!roles.isEmpty()) {
            String name = roles.get(random.nextInt(roles.size()));
            RoleState role = state.roles().get(name);
            if (role.policies().isEmpty() || random.nextBoolean()) {
              String policy = "rp-" + n;
              String document = allowDocument("s3:GetObject", n);
              return new Deterministic(
                  "PutRolePolicy " + name + " " + policy,
                  iam ->
                      iam.putRolePolicy(
                          r -> r.roleName(name).policyName(policy).policyDocument(document)),
                  onRole(name, x -> new RoleState(plus(x.policies(), policy))));
            }
            String policy = new TreeSet<>(role.policies()).first();
            return new Deterministic(
                "DeleteRolePolicy " + name + " " + policy,
                iam -> iam.deleteRolePolicy(r -> r.roleName(name).policyName(policy)),
                onRole(name, x -> new RoleState(minus(x.policies(), policy))));
          }
        }
        default -> {
          Optional<String> empty =
              roles.stream().filter(r -> state.roles().get(r).policies().isEmpty()).findFirst();
          if (empty.isPresent() && (roles.size() >= MAX_ROLES || random.nextBoolean())) {
            String name = empty.get();
            return new Deterministic(
                "DeleteRole " + name,
                iam -> iam.deleteRole(r -> r.roleName(name)),
                st -> st.withRole(name, null));
          }
        }
      }
      if (attempt > 1000) {
        throw new IllegalStateException("no change possible in " + state);
      }
    }
  }

  private static String allowDocument(String action, int n) {
    return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"S"
        + n
        + "\",\"Effect\":\"Allow\",\"Action\":\""
        + action
        + "\",\"Resource\":\"*\"}]}";
  }

  /** Everything under {@link #PATH}, as the IAM API shows it. */
  private static State read(IamClient iam) {
    Map<String, UserState> users = new HashMap<>();
    for (var user : iam.listUsersPaginator(r -> r.pathPrefix(PATH)).users()) {
      String name = user.userName();
      Map<String, String> tags =
          iam.getUser(r -> r.userName(name)).user().tags().stream()
              .collect(Collectors.toMap(Tag::key, Tag::value));
      Set<String> policies =
          new HashSet<>(iam.listUserPolicies(r -> r.userName(name)).policyNames());
      Set<String> keys =
          iam.listAccessKeys(r -> r.userName(name)).accessKeyMetadata().stream()
              .map(AccessKeyMetadata::accessKeyId)
              .collect(Collectors.toSet());
      users.put(name, new UserState(tags, policies, keys));
    }
    Map<String, RoleState> roles = new HashMap<>();
    for (Role role : iam.listRolesPaginator(r -> r.pathPrefix(PATH)).roles()) {
      String name = role.roleName();
      roles.put(
          name,
          new RoleState(new HashSet<>(iam.listRolePolicies(r -> r.roleName(name)).policyNames())));
    }
    return new State(users, roles);
  }

  /** Everything under {@link #PATH}, as the stores hold it. */
  private static State readStores(FileStores stores) {
    AccountId alpha = AccountId.of(TestAccounts.ALPHA);
    Map<String, UserState> users = new HashMap<>();
    for (User user : stores.users().list(alpha)) {
      if (!user.path().value().equals(PATH)) {
        continue;
      }
      Map<String, String> tags = new HashMap<>();
      user.tags().forEach(t -> tags.put(t.key(), t.value()));
      Set<String> keys =
          stores.accessKeys().findByOwner(user.principal()).stream()
              .map(k -> k.id().value())
              .collect(Collectors.toSet());
      users.put(user.name(), new UserState(tags, user.inlinePolicies().keySet(), keys));
    }
    Map<String, RoleState> roles = new HashMap<>();
    for (var role : stores.roles().list(alpha)) {
      if (role.path().value().equals(PATH)) {
        roles.put(role.name(), new RoleState(role.inlinePolicies().keySet()));
      }
    }
    return new State(users, roles);
  }

  /**
   * Whatever the outcome: the root's key authenticates, no key id is listed under two users, and a
   * key whose deletion was acknowledged no longer authenticates.
   */
  private void checkRootAndDeletedKeys(ChildServer server, State state) {
    StsClient root = server.sts(TestAccounts.ALPHA_ROOT);
    assertEquals(ALPHA_ROOT_ARN, root.getCallerIdentity().arn());
    Set<String> live =
        state.users().values().stream()
            .flatMap(u -> u.keys().stream())
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(live.size(), state.keyCount(), "an access key listed under two users");
    for (String id : everyKeyId) {
      if (!live.contains(id) && secrets.containsKey(id)) {
        // A deleted key must not authenticate any more.
        try {
          server.sts(AwsBasicCredentials.create(id, secrets.get(id))).getCallerIdentity().arn();
          fail("deleted access key " + id + " still authenticates");
        } catch (SdkException expected) {
          // InvalidClientTokenId
        }
        secrets.remove(id);
      }
    }
  }

  /** The first and latest session tokens, and one live user key, authenticate after restart. */
  private void checkSessionsAndKeys(
      ChildServer server, List<Credentials> sessions, State state, Random random) {
    Set<Credentials> check = new java.util.LinkedHashSet<>();
    check.add(sessions.get(0));
    check.add(sessions.get(sessions.size() - 1));
    check.add(sessions.get(random.nextInt(sessions.size())));
    for (Credentials session : check) {
      String arn =
          server
              .sts(
                  AwsSessionCredentials.create(
                      session.accessKeyId(), session.secretAccessKey(), session.sessionToken()))
              .getCallerIdentity()
              .arn();
      assertEquals("arn:aws:iam::111111111111:user/alice", arn, "session token after restart");
    }
    List<String> users = new ArrayList<>(new TreeSet<>(state.users().keySet()));
    for (String user : users) {
      for (String id : new TreeSet<>(state.users().get(user).keys())) {
        if (secrets.containsKey(id) && random.nextInt(4) == 0) {
          String arn =
              server.sts(AwsBasicCredentials.create(id, secrets.get(id))).getCallerIdentity().arn();
          assertEquals("arn:aws:iam::111111111111:user/crash/" + user, arn);
          return;
        }
      }
    }
  }

  private static String mismatch(String what, State expectedBefore, State actual) {
    return what
        + ": the server holds neither the state before it nor after it.\nbefore: "
        + new TreeMap<>(expectedBefore.users())
        + " "
        + new TreeMap<>(expectedBefore.roles())
        + "\nactual: "
        + new TreeMap<>(actual.users())
        + " "
        + new TreeMap<>(actual.roles());
  }

  /**
   * The server in a child JVM on {@link #dataDir}; {@code dumpArchive} makes it dump the CDS
   * archive when it stops cleanly, later ones use that archive.
   */
  private ChildServer startChild(boolean dumpArchive) {
    List<String> jvmOptions = new ArrayList<>();
    if (dumpArchive) {
      jvmOptions.add("-XX:ArchiveClassesAtExit=" + cdsArchive);
    } else if (Files.isRegularFile(cdsArchive)) {
      jvmOptions.add("-XX:SharedArchiveFile=" + cdsArchive);
    }
    Map<String, String> settings = ChildServer.fileStore(dataDir, masterKey, bootstrap);
    settings.put("STS_COMPACT_EVERY", "7");
    settings.put("STS_SHUTDOWN_GRACE_PERIOD", "1s");
    return ChildServer.start(classpath, jvmOptions, settings);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
