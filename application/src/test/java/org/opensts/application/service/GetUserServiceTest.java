package org.opensts.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opensts.application.port.in.iam.GetUserCommand;
import org.opensts.application.port.in.iam.GetUserResult;
import org.opensts.application.port.in.iam.GetUserUseCase;
import org.opensts.domain.account.Account;
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
import org.opensts.domain.identity.IamPath;
import org.opensts.domain.identity.Tag;

/** GetUser: the named user, or without a name the calling user or the account root. */
class GetUserServiceTest {

  private static final Instant ACCOUNT_CREATED = Instant.parse("2020-02-02T00:00:00Z");
  private static final Caller ROOT = TestCallers.withLongTermKey(TestPrincipals.root());

  private final TestPorts ports = new TestPorts();
  private final GetUserUseCase useCase = ports.useCases(TestClocks.fixed()).getUser();
  private final User carol =
      new User(
          TestAccounts.ALPHA,
          "AIDACAROLAAAAAAAAAAAA",
          new IamPath("/team/"),
          "carol",
          Map.of(),
          List.of(new Tag("env", "dev")),
          TestClocks.NOW);

  @BeforeEach
  void accounts() {
    ports.accounts.save(new Account(TestAccounts.ALPHA, "alpha", ACCOUNT_CREATED));
    ports.accounts.save(new Account(TestAccounts.BETA, "beta", ACCOUNT_CREATED));
    ports.users.save(carol);
  }

  @Test
  void givenExistingUser_getUserByNameInAnyCase_describesItWithItsTags() {
    GetUserResult result = useCase.getUser(new GetUserCommand(ROOT, "CAROL"));

    assertEquals(
        new GetUserResult(
            "/team/",
            "carol",
            "AIDACAROLAAAAAAAAAAAA",
            "arn:aws:iam::111111111111:user/team/carol",
            TestClocks.NOW,
            List.of(new Tag("env", "dev"))),
        result);
  }

  @Test
  void givenMissingUser_getUser_failsWithNoSuchEntity() {
    EntityException error =
        assertThrows(EntityException.class, () -> useCase.getUser(new GetUserCommand(ROOT, "zed")));

    assertEquals(ErrorCode.NO_SUCH_ENTITY, error.code());
    assertEquals("The user with name zed cannot be found.", error.getMessage());
  }

  @Test
  void givenUserOfAnotherAccount_getUserByItsName_failsWithNoSuchEntity() {
    Caller betaRoot = TestCallers.withLongTermKey(TestPrincipals.root(TestAccounts.BETA));

    EntityException error =
        assertThrows(
            EntityException.class, () -> useCase.getUser(new GetUserCommand(betaRoot, "carol")));

    assertEquals(ErrorCode.NO_SUCH_ENTITY, error.code());
  }

  @Test
  void givenRoot_getUserWithoutName_describesTheRootAsAwsDoes() {
    GetUserResult result = useCase.getUser(new GetUserCommand(ROOT, null));

    assertEquals("111111111111", result.userId());
    assertEquals("arn:aws:iam::111111111111:root", result.arn());
    assertEquals(ACCOUNT_CREATED, result.createDate());
    assertNull(result.userName());
    assertNull(result.path());
    assertTrue(result.tags().isEmpty());
  }

  @Test
  void givenUserAllowedToReadItself_getUserWithoutName_describesTheCaller() {
    User sam =
        TestUsers.aUser(
            TestAccounts.ALPHA,
            "sam",
            Map.of(
                "self", TestPolicies.allow("iam:GetUser", "arn:aws:iam::111111111111:user/sam")));
    ports.users.save(sam);

    GetUserResult result =
        useCase.getUser(new GetUserCommand(TestCallers.withLongTermKey(sam.principal()), null));

    assertEquals("sam", result.userName());
    assertEquals("arn:aws:iam::111111111111:user/sam", result.arn());
  }

  @Test
  void givenUserWithoutPolicy_getUserWithoutName_failsWithAccessDeniedOnItsOwnArn() {
    User sam = TestUsers.aUser(TestAccounts.ALPHA, "sam", Map.of());
    ports.users.save(sam);

    AccessDeniedException error =
        assertThrows(
            AccessDeniedException.class,
            () ->
                useCase.getUser(
                    new GetUserCommand(TestCallers.withLongTermKey(sam.principal()), null)));

    assertEquals(
        "User: arn:aws:iam::111111111111:user/sam is not authorized to perform: iam:GetUser on"
            + " resource: arn:aws:iam::111111111111:user/sam because no identity-based policy"
            + " allows the iam:GetUser action",
        error.getMessage());
  }

  @Test
  void givenRoleSessionAllowedIam_getUserWithoutName_failsWithValidationError() {
    ports.roles.save(
        TestRoles.withPolicy(TestRoles.aRole(), "iam", TestPolicies.allow("iam:*", "*")));

    InvalidRequestException error =
        assertThrows(
            InvalidRequestException.class,
            () ->
                useCase.getUser(
                    new GetUserCommand(
                        TestCallers.withSession(TestPrincipals.deployerSession("s1")), null)));

    assertEquals(ErrorCode.VALIDATION_ERROR, error.code());
    assertEquals(
        "Must specify userName when calling with non-User credentials", error.getMessage());
  }

  @Test
  void givenRoleSessionAllowedIam_getUserByName_describesTheUser() {
    ports.roles.save(
        TestRoles.withPolicy(TestRoles.aRole(), "iam", TestPolicies.allow("iam:GetUser", "*")));

    GetUserResult result =
        useCase.getUser(
            new GetUserCommand(
                TestCallers.withSession(TestPrincipals.deployerSession("s1")), "carol"));

    assertEquals("carol", result.userName());
  }

  @Test
  void givenUserWithoutPolicy_getUserOfMissingUser_failsWithAccessDenied() {
    User sam = TestUsers.aUser(TestAccounts.ALPHA, "sam", Map.of());
    ports.users.save(sam);

    assertThrows(
        AccessDeniedException.class,
        () ->
            useCase.getUser(
                new GetUserCommand(TestCallers.withLongTermKey(sam.principal()), "zed")));
  }
}
