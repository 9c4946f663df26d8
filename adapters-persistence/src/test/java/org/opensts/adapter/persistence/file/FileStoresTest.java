package org.opensts.adapter.persistence.file;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opensts.adapter.persistence.file.TestFileStores.allBytes;
import static org.opensts.adapter.persistence.file.TestFileStores.contents;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensts.application.port.out.PolicyStore;
import org.opensts.domain.account.Account;
import org.opensts.domain.credential.Base32;
import org.opensts.domain.credential.SealingKey;
import org.opensts.domain.credential.Totp;
import org.opensts.domain.fixture.TestAccounts;
import org.opensts.domain.fixture.TestPolicies;
import org.opensts.domain.fixture.TestRoles;
import org.opensts.domain.fixture.TestUsers;
import org.opensts.domain.iam.ManagedPolicy;
import org.opensts.domain.iam.OpenIdConnectProvider;
import org.opensts.domain.iam.PermissionsBoundary;
import org.opensts.domain.iam.Role;
import org.opensts.domain.iam.SamlProvider;
import org.opensts.domain.iam.User;
import org.opensts.domain.iam.VirtualMfaDevice;
import org.opensts.domain.identity.AccessKey;
import org.opensts.domain.identity.AccessKeyId;
import org.opensts.domain.identity.AccessKeyStatus;
import org.opensts.domain.identity.AccountRootPrincipal;
import org.opensts.domain.identity.FederatedUserPrincipal;
import org.opensts.domain.identity.IamPath;
import org.opensts.domain.identity.SecretAccessKey;
import org.opensts.domain.identity.Tag;
import org.opensts.domain.identity.UniqueId;
import org.opensts.domain.secret.MasterKey;

/** What the file stores add to the contract: state and secrets across a reopen. */
class FileStoresTest {

  private static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");
  private static final String SEED = Base32.encode(bytes(20, 11));

  private final SplittableRandom random = new SplittableRandom(5);

  @TempDir Path directory;

  /** One entity of every type, as a reopen must give them back. */
  private record Entities(
      Account account,
      User user,
      Role role,
      AccessKey rootKey,
      AccessKey userKey,
      ManagedPolicy policy,
      OpenIdConnectProvider oidc,
      SamlProvider saml,
      VirtualMfaDevice device) {}

  private Entities someOfEverything() {
    User user =
        new User(
            TestAccounts.ALPHA,
            TestUsers.USER_ID,
            new IamPath("/team/"),
            "Alice",
            Map.of(
                "read", TestFileStores.document(TestPolicies.allow("s3:Get*", "*"), "{\"u\":1}")),
            List.of(new Tag("team", "blue")),
            NOW);
    Role role =
        TestRoles.aRole(
                TestAccounts.ALPHA,
                "deployer",
                TestFileStores.document(TestPolicies.trusting("111111111111"), "{\"t\":1}"))
            .withDescription("Deploys")
            .withMaxSessionDuration(Duration.ofHours(4))
            .withPermissionsBoundary(
                PermissionsBoundary.policy("arn:aws:iam::aws:policy/PowerUserAccess"))
            .withInlinePolicy(
                "deploy", TestFileStores.document(TestPolicies.allow("ec2:*", "*"), "{\"r\":1}"))
            .withTags(List.of(new Tag("env", "prod")));
    ManagedPolicy policy =
        ManagedPolicy.create(
                TestAccounts.ALPHA,
                UniqueId.POLICY.generate(random),
                new IamPath("/shared/"),
                "readers",
                "Reads",
                TestFileStores.document(TestPolicies.allow("s3:GetObject", "*"), "{\"m\":1}"),
                List.of(new Tag("k", "v")),
                NOW)
            .attachedTo(user.principal().arn().toString());
    VirtualMfaDevice device =
        VirtualMfaDevice.create(TestAccounts.ALPHA, IamPath.ROOT, "alice-phone", SEED, List.of())
            .enabledFor("Alice", NOW);
    device =
        device.acceptingCode(NOW, Totp.code(Base32.decode(SEED), Totp.stepAt(NOW))).orElseThrow();
    return new Entities(
        new Account(TestAccounts.ALPHA, "alpha", NOW),
        user,
        role,
        key(new AccountRootPrincipal(TestAccounts.ALPHA)),
        key(user.principal()),
        policy,
        new OpenIdConnectProvider(
            TestAccounts.ALPHA,
            "idp.example.com/tenant",
            List.of("sts.amazonaws.com"),
            List.of("0123456789abcdef0123456789abcdef01234567"),
            List.of(new Tag("idp", "main")),
            NOW),
        new SamlProvider(
            TestAccounts.ALPHA,
            "corp",
            "<md:EntityDescriptor/>",
            "urn:idp",
            List.of("MIIC"),
            NOW,
            NOW.plus(Duration.ofDays(365)),
            List.of()),
        device);
  }

  private AccessKey key(org.opensts.domain.identity.Principal owner) {
    return new AccessKey(
        AccessKeyId.longTerm(TestAccounts.ALPHA, random),
        SecretAccessKey.generate(random),
        owner,
        AccessKeyStatus.ACTIVE,
        NOW);
  }

  private static void store(FileStores stores, Entities e) {
    stores.accounts().save(e.account());
    assertTrue(stores.users().add(e.user()));
    assertTrue(stores.roles().add(e.role()));
    assertTrue(stores.accessKeys().add(e.rootKey(), 2));
    stores.accessKeys().save(e.userKey());
    assertTrue(stores.policies().add(e.policy()));
    assertTrue(stores.oidcProviders().add(e.oidc()));
    assertTrue(stores.samlProviders().add(e.saml()));
    assertTrue(stores.mfaDevices().add(e.device()));
  }

  private static void assertAllPresent(FileStores stores, Entities e) {
    assertEquals(e.account(), stores.accounts().find(TestAccounts.ALPHA).orElseThrow());
    assertEquals(e.user(), stores.users().find(TestAccounts.ALPHA, "alice").orElseThrow());
    assertEquals(e.role(), stores.roles().find(TestAccounts.ALPHA, "deployer").orElseThrow());
    assertEquals(e.rootKey(), stores.accessKeys().find(e.rootKey().id()).orElseThrow());
    assertEquals(e.userKey(), stores.accessKeys().find(e.userKey().id()).orElseThrow());
    assertEquals(e.policy(), stores.policies().find(e.policy().arn().toString()).orElseThrow());
    assertEquals(
        List.of(e.policy()), stores.policies().attachedTo(e.user().principal().arn().toString()));
    assertEquals(
        e.oidc(), stores.oidcProviders().find(TestAccounts.ALPHA, e.oidc().url()).orElseThrow());
    assertEquals(e.saml(), stores.samlProviders().find(TestAccounts.ALPHA, "corp").orElseThrow());
    assertEquals(
        e.device(),
        stores
            .mfaDevices()
            .find(TestAccounts.ALPHA, e.device().serialNumber().toString())
            .orElseThrow());
  }

  @Test
  void givenEntitiesOfEveryType_reopen_returnsThemEqual() {
    Entities entities = someOfEverything();
    try (FileStores stores = TestFileStores.open(directory)) {
      store(stores, entities);
    }

    try (FileStores reopened = TestFileStores.open(directory)) {
      assertAllPresent(reopened, entities);
    }
  }

  @Test
  void givenSnapshotsTaken_reopen_returnsTheSameEntities() throws IOException {
    Entities entities = someOfEverything();
    try (FileStores stores = TestFileStores.open(directory, 3)) {
      store(stores, entities);
    }
    try (Stream<Path> files = Files.list(directory)) {
      assertTrue(files.anyMatch(f -> f.getFileName().toString().startsWith("snapshot-")));
    }

    try (FileStores reopened = TestFileStores.open(directory, 3)) {
      assertAllPresent(reopened, entities);
    }
  }

  @Test
  void givenChangesAndDeletions_reopen_returnsTheLatestState() {
    Entities e = someOfEverything();
    String userArn = e.user().principal().arn().toString();
    String serial = e.device().serialNumber().toString();
    try (FileStores stores = TestFileStores.open(directory)) {
      store(stores, e);
      stores.users().delete(TestAccounts.ALPHA, "ALICE");
      stores.roles().save(e.role().withDescription("Deploys it all"));
      stores
          .accessKeys()
          .save(
              new AccessKey(
                  e.rootKey().id(),
                  e.rootKey().secret(),
                  e.rootKey().owner(),
                  AccessKeyStatus.INACTIVE,
                  NOW));
      stores.accessKeys().delete(e.userKey().id());
      assertTrue(stores.policies().detach(e.policy().arn().toString(), userArn));
      stores.oidcProviders().delete(TestAccounts.ALPHA, e.oidc().url());
      stores.samlProviders().delete(TestAccounts.ALPHA, "corp");
      stores.mfaDevices().update(TestAccounts.ALPHA, serial, VirtualMfaDevice::deactivated);
    }

    try (FileStores reopened = TestFileStores.open(directory)) {
      assertTrue(reopened.users().find(TestAccounts.ALPHA, "alice").isEmpty());
      assertEquals(
          "Deploys it all",
          reopened.roles().find(TestAccounts.ALPHA, "deployer").orElseThrow().description());
      assertEquals(
          AccessKeyStatus.INACTIVE,
          reopened.accessKeys().find(e.rootKey().id()).orElseThrow().status());
      assertTrue(reopened.accessKeys().find(e.userKey().id()).isEmpty());
      assertEquals(
          0, reopened.policies().find(e.policy().arn().toString()).orElseThrow().attachmentCount());
      assertEquals(
          PolicyStore.Deletion.DELETED, reopened.policies().delete(e.policy().arn().toString()));
      assertTrue(reopened.oidcProviders().list(TestAccounts.ALPHA).isEmpty());
      assertTrue(reopened.samlProviders().list(TestAccounts.ALPHA).isEmpty());
      VirtualMfaDevice device =
          reopened.mfaDevices().find(TestAccounts.ALPHA, serial).orElseThrow();
      assertFalse(device.isEnabled());
      assertEquals(e.device().lastAcceptedStep(), device.lastAcceptedStep());
    }
    try (FileStores again = TestFileStores.open(directory)) {
      assertTrue(again.policies().find(e.policy().arn().toString()).isEmpty());
    }
  }

  @Test
  void givenSecretsStored_dataFiles_neverHoldThemInClear() {
    Entities e = someOfEverything();
    SealingKey sealingKey;
    try (FileStores stores = TestFileStores.open(directory, 4)) {
      store(stores, e);
      sealingKey = stores.keyRing().current();
      stores.compact();
    }

    String files = new String(allBytes(directory), StandardCharsets.ISO_8859_1);
    byte[] keyBytes = sealingKey.key().getEncoded();
    for (String secret :
        List.of(
            e.rootKey().secret().value(),
            e.userKey().secret().value(),
            SEED,
            Base64.getEncoder().encodeToString(keyBytes),
            HexFormat.of().formatHex(keyBytes),
            new String(keyBytes, StandardCharsets.ISO_8859_1))) {
      assertFalse(files.contains(secret), "a secret is in clear in the data directory");
    }
    assertTrue(files.contains(e.rootKey().id().value()), "the files hold the records");
  }

  @Test
  void givenEntitiesOfEveryType_dataFiles_holdOneTypedRecordPerChange() {
    try (FileStores stores = TestFileStores.open(directory)) {
      store(stores, someOfEverything());
    }

    String files = new String(allBytes(directory), StandardCharsets.UTF_8);
    for (String type :
        List.of(
            "account",
            "user",
            "role",
            "accessKey",
            "policy",
            "oidcProvider",
            "samlProvider",
            "mfaDevice",
            "sealingKey")) {
      assertTrue(files.contains("\"type\":\"" + type + "\",\"op\":\"put\""), type);
    }
  }

  @Test
  void givenDirectoryWrittenWithOneMasterKey_openWithAnother_failsAndChangesNothing() {
    try (FileStores stores = TestFileStores.open(directory)) {
      store(stores, someOfEverything());
    }
    Map<String, byte[]> before = contents(directory);

    DataDirectoryException failure =
        assertThrows(
            DataDirectoryException.class,
            () ->
                FileStores.open(
                    directory,
                    MasterKey.generate(new SecureRandom()),
                    TestFileStores.KNOWN_DOCUMENTS));

    assertTrue(failure.getMessage().contains("master key"), failure.getMessage());
    assertTrue(failure.getMessage().contains("AES-GCM"), failure.getMessage());
    Map<String, byte[]> after = contents(directory);
    assertEquals(before.keySet(), after.keySet());
    before.forEach((name, bytes) -> assertArrayEquals(bytes, after.get(name), name));
    try (FileStores reopened = TestFileStores.open(directory)) {
      assertTrue(reopened.accounts().find(TestAccounts.ALPHA).isPresent());
    }
  }

  @Test
  void givenOpenStores_openingTheDirectoryAgain_isRefused() {
    try (FileStores stores = TestFileStores.open(directory)) {
      assertThrows(DataDirectoryException.class, () -> TestFileStores.open(directory));
    }
  }

  @Test
  void givenNewDirectory_keyRing_keepsItsKeyAcrossReopenAndRotation() {
    SealingKey first;
    SealingKey second;
    try (FileStores stores = TestFileStores.open(directory)) {
      first = stores.keyRing().current();
    }
    try (FileStores stores = TestFileStores.open(directory)) {
      assertEquals(first, stores.keyRing().current());
      second = stores.rotateSealingKey();
      assertNotEquals(first.id(), second.id());
      assertEquals(second, stores.keyRing().current());
    }

    try (FileStores reopened = TestFileStores.open(directory)) {
      assertEquals(second, reopened.keyRing().current());
      assertEquals(first, reopened.keyRing().find(first.id()).orElseThrow());
    }
  }

  @Test
  void givenConcurrentAddsAtTheQuota_reopen_keepsExactlyTheQuota() throws Exception {
    try (FileStores stores = TestFileStores.open(directory)) {
      List<Callable<Boolean>> adds = new ArrayList<>();
      for (int i = 0; i < 24; i++) {
        AccessKey key = key(new AccountRootPrincipal(TestAccounts.ALPHA));
        adds.add(() -> stores.accessKeys().add(key, 2));
      }
      ExecutorService pool = Executors.newFixedThreadPool(8);
      try {
        for (Future<Boolean> result : pool.invokeAll(adds)) {
          result.get();
        }
      } finally {
        pool.shutdown();
      }
    }

    try (FileStores reopened = TestFileStores.open(directory)) {
      assertEquals(
          2,
          reopened.accessKeys().findByOwner(new AccountRootPrincipal(TestAccounts.ALPHA)).size());
    }
  }

  @Test
  void givenChangeThatCannotBeRecorded_save_throwsAndLeavesMemoryUnchanged() {
    AccessKey federated =
        new AccessKey(
            AccessKeyId.longTerm(TestAccounts.ALPHA, random),
            SecretAccessKey.generate(random),
            new FederatedUserPrincipal(
                TestAccounts.ALPHA, "bob", new AccountRootPrincipal(TestAccounts.ALPHA)),
            AccessKeyStatus.ACTIVE,
            NOW);
    try (FileStores stores = TestFileStores.open(directory)) {
      assertThrows(IllegalArgumentException.class, () -> stores.accessKeys().save(federated));

      assertTrue(stores.accessKeys().find(federated.id()).isEmpty());
    }
  }

  @Test
  void givenClosedStores_save_isRefused() {
    FileStores stores = TestFileStores.open(directory);
    stores.close();

    assertThrows(
        IllegalStateException.class,
        () -> stores.accounts().save(new Account(TestAccounts.BETA, "", NOW)));
    assertTrue(stores.accounts().find(TestAccounts.BETA).isEmpty());
  }

  @Test
  void givenMalformedMasterKey_fromBase64_saysHowToGenerateOne() {
    IllegalArgumentException failure =
        assertThrows(IllegalArgumentException.class, () -> MasterKey.fromBase64("c2hvcnQ="));

    assertTrue(failure.getMessage().contains("head -c 32 /dev/urandom | base64"));
  }

  @Test
  void givenKeyFile_readFrom_readsTheBase64Key() throws IOException {
    Path file = directory.resolve("master.key");
    Files.writeString(file, TestFileStores.MASTER_KEY.toBase64() + "\n");

    assertEquals(TestFileStores.MASTER_KEY.toBase64(), MasterKey.readFrom(file).toBase64());
  }

  private static byte[] bytes(int length, int seed) {
    byte[] bytes = new byte[length];
    new SplittableRandom(seed).nextBytes(bytes);
    return bytes;
  }
}
