package org.opensts.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opensts.application.port.in.iam.CreateAccessKeyCommand;
import org.opensts.application.port.in.iam.CreateAccessKeyUseCase;
import org.opensts.application.port.out.AccessKeyStore;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.error.AccessDeniedException;
import org.opensts.domain.error.EntityException;
import org.opensts.domain.error.ErrorCode;
import org.opensts.domain.error.InvalidRequestException;
import org.opensts.domain.fixture.TestAccounts;
import org.opensts.domain.fixture.TestCallers;
import org.opensts.domain.fixture.TestClocks;
import org.opensts.domain.fixture.TestPolicies;
import org.opensts.domain.fixture.TestPrincipals;
import org.opensts.domain.fixture.TestRoles;
import org.opensts.domain.fixture.TestUsers;
import org.opensts.domain.iam.User;
import org.opensts.domain.identity.AccessKey;
import org.opensts.domain.identity.AccessKeyId;
import org.opensts.domain.identity.AccessKeyStatus;
import org.opensts.domain.identity.Principal;
import org.opensts.domain.identity.SecretAccessKey;

/** CreateAccessKey: a new active AKIA key for a user or the root, two at most. */
class CreateAccessKeyServiceTest {

  private static final Caller ROOT = TestCallers.withLongTermKey(TestPrincipals.root());

  private final TestPorts ports = new TestPorts();
  private final CreateAccessKeyUseCase useCase =
      ports.useCases(TestClocks.fixed()).createAccessKey();
  private final User carol = TestUsers.aUser(TestAccounts.ALPHA, "carol", Map.of());

  @Test
  void givenUser_createAccessKey_storesAnActiveAkiaKeyOfTheUserWithItsSecret() {
    ports.users.save(carol);

    AccessKey key = useCase.createAccessKey(new CreateAccessKeyCommand(ROOT, "CAROL")).key();

    assertTrue(key.id().value().matches("AKIA[A-Z2-7]{16}"), key.id().value());
    assertEquals(Optional.of(TestAccounts.ALPHA), key.id().encodedAccount());
    assertEquals(40, key.secret().value().length());
    assertEquals(carol.principal(), key.owner());
    assertEquals(AccessKeyStatus.ACTIVE, key.status());
    assertEquals(TestClocks.NOW, key.createDate());
    assertEquals(Optional.of(key), ports.accessKeys.find(key.id()));
  }

  static Stream<Arguments> existingKeys() {
    return Stream.of(
        arguments("two active keys", AccessKeyStatus.ACTIVE, AccessKeyStatus.ACTIVE),
        arguments(
            "an active and an inactive key", AccessKeyStatus.ACTIVE, AccessKeyStatus.INACTIVE),
        arguments("two inactive keys", AccessKeyStatus.INACTIVE, AccessKeyStatus.INACTIVE));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("existingKeys")
  void givenUserWithTwoKeys_createAccessKey_failsWithLimitExceeded(
      String why, AccessKeyStatus first, AccessKeyStatus second) {
    ports.users.save(carol);
    ports.accessKeys.save(key("AKIACAROLKEY00000001", carol.principal(), first));
    ports.accessKeys.save(key("AKIACAROLKEY00000002", carol.principal(), second));

    EntityException error =
        assertThrows(
            EntityException.class,
            () -> useCase.createAccessKey(new CreateAccessKeyCommand(ROOT, "carol")));

    assertEquals(ErrorCode.LIMIT_EXCEEDED, error.code());
    assertEquals("Cannot exceed quota for AccessKeysPerUser: 2", error.getMessage());
    assertEquals(2, ports.accessKeys.byId.size());
  }

  @Test
  void givenOtherUsersWithKeys_createAccessKey_countsOnlyTheOwnersKeys() {
    ports.users.save(carol);
    Principal dave = TestPrincipals.user(TestAccounts.ALPHA, "dave");
    ports.accessKeys.save(key("AKIADAVEKEY000000001", dave, AccessKeyStatus.ACTIVE));
    ports.accessKeys.save(key("AKIADAVEKEY000000002", dave, AccessKeyStatus.ACTIVE));

    useCase.createAccessKey(new CreateAccessKeyCommand(ROOT, "carol"));
    useCase.createAccessKey(new CreateAccessKeyCommand(ROOT, "carol"));

    assertEquals(2, ports.accessKeys.findByOwner(carol.principal()).size());
  }

  @Test
  void givenRootWithoutUserName_createAccessKey_createsARootKeyUpToTwo() {
    AccessKey key = useCase.createAccessKey(new CreateAccessKeyCommand(ROOT, null)).key();
    useCase.createAccessKey(new CreateAccessKeyCommand(ROOT, null));

    assertEquals(TestPrincipals.root(), key.owner());
    EntityException error =
        assertThrows(
            EntityException.class,
            () -> useCase.createAccessKey(new CreateAccessKeyCommand(ROOT, null)));
    assertEquals(ErrorCode.LIMIT_EXCEEDED, error.code());
  }

  @Test
  void givenUserAllowedOnItselfWithoutUserName_createAccessKey_createsTheCallersOwnKey() {
    User sam =
        TestUsers.aUser(
            TestAccounts.ALPHA,
            "sam",
            Map.of(
                "own-keys",
                TestPolicies.allow("iam:CreateAccessKey", "arn:aws:iam::111111111111:user/sam")));
    ports.users.save(sam);

    AccessKey key =
        useCase
            .createAccessKey(
                new CreateAccessKeyCommand(TestCallers.withLongTermKey(sam.principal()), null))
            .key();

    assertEquals(sam.principal(), key.owner());
  }

  @Test
  void givenUserAllowedOnItselfOnly_createAccessKeyForAnotherUser_failsWithAccessDenied() {
    ports.users.save(carol);
    User sam =
        TestUsers.aUser(
            TestAccounts.ALPHA,
            "sam",
            Map.of(
                "own-keys",
                TestPolicies.allow("iam:CreateAccessKey", "arn:aws:iam::111111111111:user/sam")));
    ports.users.save(sam);

    AccessDeniedException error =
        assertThrows(
            AccessDeniedException.class,
            () ->
                useCase.createAccessKey(
                    new CreateAccessKeyCommand(
                        TestCallers.withLongTermKey(sam.principal()), "carol")));

    assertEquals(
        "User: arn:aws:iam::111111111111:user/sam is not authorized to perform:"
            + " iam:CreateAccessKey on resource: arn:aws:iam::111111111111:user/carol because no"
            + " identity-based policy allows the iam:CreateAccessKey action",
        error.getMessage());
    assertTrue(ports.accessKeys.byId.isEmpty());
  }

  @Test
  void givenRoleSessionWithoutUserName_createAccessKey_failsWithValidationError() {
    ports.roles.save(
        TestRoles.withPolicy(TestRoles.aRole(), "iam", TestPolicies.allow("iam:*", "*")));

    InvalidRequestException error =
        assertThrows(
            InvalidRequestException.class,
            () ->
                useCase.createAccessKey(
                    new CreateAccessKeyCommand(
                        TestCallers.withSession(TestPrincipals.deployerSession("s1")), null)));

    assertEquals(ErrorCode.VALIDATION_ERROR, error.code());
    assertEquals(
        "Must specify userName when calling with non-User credentials", error.getMessage());
  }

  @Test
  void givenMissingUser_createAccessKey_failsWithNoSuchEntity() {
    EntityException error =
        assertThrows(
            EntityException.class,
            () -> useCase.createAccessKey(new CreateAccessKeyCommand(ROOT, "zed")));

    assertEquals(ErrorCode.NO_SUCH_ENTITY, error.code());
    assertEquals("The user with name zed cannot be found.", error.getMessage());
  }

  @Test
  void givenConcurrentCreateAccessKey_whenAnotherKeyLandsAfterTheCount_failsWithLimitExceeded() {
    ports.users.save(carol);
    ports.accessKeys.save(key("AKIACAROLKEY00000001", carol.principal(), AccessKeyStatus.ACTIVE));
    RacingKeys racing = new RacingKeys(ports.accessKeys);
    racing.saveAfterNextCount =
        key("AKIACAROLKEY00000002", carol.principal(), AccessKeyStatus.ACTIVE);
    CreateAccessKeyUseCase racingUseCase =
        StsUseCases.create(
                new StsUseCases.Ports(
                    ports.accounts,
                    ports.users,
                    ports.roles,
                    racing,
                    ports.policies,
                    ports.keyRing,
                    ports.policyParser,
                    ports.mfaDevices),
                TestClocks.fixed(),
                new SplittableRandom(17),
                "us-east-1")
            .createAccessKey();

    assertThrows(
        EntityException.class,
        () -> racingUseCase.createAccessKey(new CreateAccessKeyCommand(ROOT, "carol")));
    assertEquals(2, ports.accessKeys.findByOwner(carol.principal()).size());
  }

  private static AccessKey key(String id, Principal owner, AccessKeyStatus status) {
    return new AccessKey(
        new AccessKeyId(id),
        new SecretAccessKey("secret-0000000000000000000000000000000000"),
        owner,
        status,
        TestClocks.NOW);
  }

  /**
   * An access key store in which another request saves a key right after this request has counted
   * the owner's keys: the interleaving two concurrent CreateAccessKey requests can have.
   */
  private static final class RacingKeys implements AccessKeyStore {
    private final AccessKeyStore store;
    AccessKey saveAfterNextCount;

    RacingKeys(AccessKeyStore store) {
      this.store = store;
    }

    @Override
    public void save(AccessKey key) {
      store.save(key);
    }

    /** The other request lands right before this one's add: the store must still keep the limit. */
    @Override
    public boolean add(AccessKey key, int maxPerOwner) {
      if (saveAfterNextCount != null) {
        store.save(saveAfterNextCount);
        saveAfterNextCount = null;
      }
      return store.add(key, maxPerOwner);
    }

    @Override
    public Optional<AccessKey> find(AccessKeyId id) {
      return store.find(id);
    }

    @Override
    public List<AccessKey> findByOwner(Principal owner) {
      List<AccessKey> found = store.findByOwner(owner);
      if (saveAfterNextCount != null) {
        store.save(saveAfterNextCount);
        saveAfterNextCount = null;
      }
      return found;
    }

    @Override
    public void delete(AccessKeyId id) {
      store.delete(id);
    }
  }
}
