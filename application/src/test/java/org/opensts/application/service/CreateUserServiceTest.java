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
import org.opensts.application.port.in.iam.CreateUserCommand;
import org.opensts.application.port.in.iam.CreateUserUseCase;
import org.opensts.application.port.out.UserStore;
import org.opensts.domain.account.AccountId;
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
import org.opensts.domain.fixture.TestUsers;
import org.opensts.domain.iam.User;
import org.opensts.domain.identity.Tag;
import org.opensts.domain.identity.UniqueId;

/** CreateUser: a new AIDA user in the caller's account, names unique regardless of case. */
class CreateUserServiceTest {

  private static final Caller ROOT = TestCallers.withLongTermKey(TestPrincipals.root());

  private final TestPorts ports = new TestPorts();
  private final CreateUserUseCase useCase = ports.useCases(TestClocks.fixed()).createUser();

  @Test
  void givenRoot_createUser_storesTheUserWithAnAidaIdItsPathTagsAndTheClocksTime() {
    User user =
        useCase
            .createUser(
                new CreateUserCommand(ROOT, "carol", "/team/", List.of(new Tag("env", "dev"))))
            .user();

    assertTrue(UniqueId.USER.isValid(user.userId()), user.userId());
    assertEquals(TestAccounts.ALPHA, user.account());
    assertEquals("/team/", user.path().value());
    assertEquals("arn:aws:iam::111111111111:user/team/carol", user.principal().arn().toString());
    assertEquals(List.of(new Tag("env", "dev")), user.tags());
    assertEquals(TestClocks.NOW, user.createDate());
    assertTrue(user.inlinePolicies().isEmpty());
    assertEquals(Optional.of(user), ports.users.find(TestAccounts.ALPHA, "carol"));
  }

  @Test
  void givenNoPath_createUser_putsTheUserAtTheRootPath() {
    User user = useCase.createUser(new CreateUserCommand(ROOT, "carol", null, List.of())).user();

    assertEquals("/", user.path().value());
  }

  static Stream<Arguments> takenNames() {
    return Stream.of(
        arguments("the same name", "alice"),
        arguments("the name in upper case", "ALICE"),
        arguments("the name in mixed case", "Alice"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("takenNames")
  void givenExistingUser_createUserWithNameEqualIgnoringCase_failsWithEntityAlreadyExists(
      String why, String name) {
    User alice = TestUsers.aUser();
    ports.users.save(alice);

    EntityException error =
        assertThrows(
            EntityException.class,
            () -> useCase.createUser(new CreateUserCommand(ROOT, name, "/other/", List.of())));

    assertEquals(ErrorCode.ENTITY_ALREADY_EXISTS, error.code());
    assertEquals("User with name " + name + " already exists.", error.getMessage());
    assertEquals(List.of(alice), ports.users.list(TestAccounts.ALPHA));
  }

  @Test
  void givenSameNameInAnotherAccount_createUser_succeedsInTheCallersAccount() {
    ports.users.save(TestUsers.aUser());
    Caller betaRoot = TestCallers.withLongTermKey(TestPrincipals.root(TestAccounts.BETA));

    User user =
        useCase.createUser(new CreateUserCommand(betaRoot, "alice", null, List.of())).user();

    assertEquals(TestAccounts.BETA, user.account());
    assertEquals(2, ports.users.byName.size());
  }

  @Test
  void givenUserWithoutPolicy_createUser_failsWithAccessDeniedAndStoresNothing() {
    User bob = TestUsers.aUser(TestAccounts.ALPHA, "bob", Map.of());
    ports.users.save(bob);

    AccessDeniedException error =
        assertThrows(
            AccessDeniedException.class,
            () ->
                useCase.createUser(
                    new CreateUserCommand(
                        TestCallers.withLongTermKey(bob.principal()), "carol", null, List.of())));

    assertEquals(
        "User: arn:aws:iam::111111111111:user/bob is not authorized to perform: iam:CreateUser on"
            + " resource: arn:aws:iam::111111111111:user/carol because no identity-based policy"
            + " allows the iam:CreateUser action",
        error.getMessage());
    assertEquals(List.of(bob), ports.users.list(TestAccounts.ALPHA));
  }

  @Test
  void givenUserDeniedAndNameTaken_createUser_failsWithAccessDeniedNotEntityAlreadyExists() {
    User bob = TestUsers.aUser(TestAccounts.ALPHA, "bob", Map.of());
    ports.users.save(bob);

    assertThrows(
        AccessDeniedException.class,
        () ->
            useCase.createUser(
                new CreateUserCommand(
                    TestCallers.withLongTermKey(bob.principal()), "bob", null, List.of())));
  }

  @Test
  void givenUserAllowedUnderTeam_createUser_isAllowedThereOnly() {
    User tess =
        TestUsers.aUser(
            TestAccounts.ALPHA,
            "tess",
            Map.of(
                "team",
                TestPolicies.allow("iam:CreateUser", "arn:aws:iam::111111111111:user/team/*")));
    ports.users.save(tess);
    Caller caller = TestCallers.withLongTermKey(tess.principal());

    useCase.createUser(new CreateUserCommand(caller, "carol", "/team/", List.of()));

    assertThrows(
        AccessDeniedException.class,
        () -> useCase.createUser(new CreateUserCommand(caller, "dave", "/ops/", List.of())));
    assertEquals(
        List.of("carol", "tess"),
        ports.users.list(TestAccounts.ALPHA).stream().map(User::name).sorted().toList());
  }

  static Stream<Arguments> invalidMembers() {
    return Stream.of(
        arguments(
            "a space in the name",
            "a b",
            null,
            "1 validation error detected: Value 'a b' at 'userName' failed to satisfy"
                + " constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+"),
        arguments(
            "no name",
            null,
            null,
            "1 validation error detected: Value null at 'userName' failed to satisfy"
                + " constraint: Member must not be null"),
        arguments(
            "a path without its trailing slash",
            "carol",
            "/team",
            "1 validation error detected: Value '/team' at 'path' failed to satisfy constraint:"
                + " Member must satisfy regular expression pattern:"
                + " (\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidMembers")
  void givenInvalidMember_createUserCommand_failsWithAwsValidationMessage(
      String why, String name, String path, String message) {
    InvalidRequestException error =
        assertThrows(
            InvalidRequestException.class,
            () -> new CreateUserCommand(ROOT, name, path, List.of()));

    assertEquals(ErrorCode.VALIDATION_ERROR, error.code());
    assertEquals(message, error.getMessage());
  }

  @Test
  void givenConcurrentCreateOfTheSameName_createUser_failsWithEntityAlreadyExists() {
    RacingUsers racing = new RacingUsers(ports.users);
    CreateUserUseCase racingUseCase =
        StsUseCases.create(
                new StsUseCases.Ports(
                    ports.accounts,
                    racing,
                    ports.roles,
                    ports.accessKeys,
                    ports.policies,
                    ports.keyRing,
                    ports.policyParser,
                    ports.mfaDevices),
                TestClocks.fixed(),
                new SplittableRandom(17),
                "us-east-1")
            .createUser();
    User first =
        new User(
            TestAccounts.ALPHA,
            "AIDAFIRSTAAAAAAAAAAAA",
            TestUsers.aUser().path(),
            "carol",
            Map.of(),
            List.of(),
            TestClocks.NOW);
    racing.saveAfterNextLookUp = first;

    assertThrows(
        EntityException.class,
        () -> racingUseCase.createUser(new CreateUserCommand(ROOT, "carol", null, List.of())));
    assertEquals(Optional.of(first), ports.users.find(TestAccounts.ALPHA, "carol"));
  }

  /**
   * A user store in which another request saves a user right after this request has looked the name
   * up: the interleaving two concurrent CreateUser requests can have.
   */
  private static final class RacingUsers implements UserStore {
    private final UserStore store;
    User saveAfterNextLookUp;

    RacingUsers(UserStore store) {
      this.store = store;
    }

    /** The other request lands right before this one's add: the store must refuse the name. */
    @Override
    public boolean add(User user) {
      if (saveAfterNextLookUp != null) {
        store.save(saveAfterNextLookUp);
        saveAfterNextLookUp = null;
      }
      return store.add(user);
    }

    @Override
    public void save(User user) {
      store.save(user);
    }

    @Override
    public Optional<User> find(AccountId account, String name) {
      Optional<User> found = store.find(account, name);
      if (saveAfterNextLookUp != null) {
        store.save(saveAfterNextLookUp);
        saveAfterNextLookUp = null;
      }
      return found;
    }

    @Override
    public List<User> list(AccountId account) {
      return store.list(account);
    }

    @Override
    public void delete(AccountId account, String name) {
      store.delete(account, name);
    }
  }
}
