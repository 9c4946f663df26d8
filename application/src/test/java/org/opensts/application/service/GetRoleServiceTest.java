package org.opensts.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opensts.application.port.in.iam.GetRoleCommand;
import org.opensts.application.port.in.iam.GetRoleUseCase;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.error.AccessDeniedException;
import org.opensts.domain.error.AuthenticationException;
import org.opensts.domain.error.EntityException;
import org.opensts.domain.error.ErrorCode;
import org.opensts.domain.fixture.TestAccounts;
import org.opensts.domain.fixture.TestCallers;
import org.opensts.domain.fixture.TestClocks;
import org.opensts.domain.fixture.TestPolicies;
import org.opensts.domain.fixture.TestPrincipals;
import org.opensts.domain.fixture.TestRoles;
import org.opensts.domain.fixture.TestUsers;
import org.opensts.domain.iam.Role;
import org.opensts.domain.iam.User;

/** GetRole: the named role in the caller's account, found in any case, if the caller may see it. */
class GetRoleServiceTest {

  private static final Caller ROOT = TestCallers.withLongTermKey(TestPrincipals.root());

  private final TestPorts ports = new TestPorts();
  private final GetRoleUseCase useCase = ports.useCases(TestClocks.fixed()).getRole();

  @Test
  void givenRole_getRole_returnsItByAnyCaseOfItsName() {
    Role role = TestRoles.aRole().withDescription("Deploys");
    ports.roles.save(role);

    assertEquals(role, useCase.getRole(new GetRoleCommand(ROOT, "DEPLOYER")).role());
  }

  @Test
  void givenRoleOnlyInAnotherAccount_getRole_failsWithNoSuchEntity() {
    ports.roles.save(TestRoles.aRole(TestAccounts.BETA, "deployer", TestPolicies.trusting("*")));

    EntityException error =
        assertThrows(
            EntityException.class, () -> useCase.getRole(new GetRoleCommand(ROOT, "deployer")));

    assertEquals(ErrorCode.NO_SUCH_ENTITY, error.code());
    assertEquals("The role with name deployer cannot be found.", error.getMessage());
  }

  @Test
  void givenUserAllowedGetRole_getRole_returnsIt_andWithoutItIsDenied() {
    ports.roles.save(TestRoles.aRole());
    User reader =
        TestUsers.aUser(
            TestAccounts.ALPHA,
            "reader",
            Map.of("p", TestPolicies.allow("iam:GetRole", "arn:aws:iam::111111111111:role/*")));
    User bob = TestUsers.aUser(TestAccounts.ALPHA, "bob", Map.of());
    ports.users.save(reader);
    ports.users.save(bob);

    useCase.getRole(
        new GetRoleCommand(TestCallers.withLongTermKey(reader.principal()), "deployer"));

    assertThrows(
        AccessDeniedException.class,
        () ->
            useCase.getRole(
                new GetRoleCommand(TestCallers.withLongTermKey(bob.principal()), "deployer")));
  }

  @Test
  void givenUserWithoutPolicy_getRoleOfAMissingRole_failsWithAccessDeniedNotNoSuchEntity() {
    User bob = TestUsers.aUser(TestAccounts.ALPHA, "bob", Map.of());
    ports.users.save(bob);

    AccessDeniedException error =
        assertThrows(
            AccessDeniedException.class,
            () ->
                useCase.getRole(
                    new GetRoleCommand(TestCallers.withLongTermKey(bob.principal()), "nobody")));

    assertEquals(
        "User: arn:aws:iam::111111111111:user/bob is not authorized to perform: iam:GetRole on"
            + " resource: arn:aws:iam::111111111111:role/nobody because no identity-based policy"
            + " allows the iam:GetRole action",
        error.getMessage());
  }

  @Test
  void givenGetSessionTokenSession_getRoleOfAMissingRole_failsWithInvalidClientTokenId() {
    AuthenticationException error =
        assertThrows(
            AuthenticationException.class,
            () ->
                useCase.getRole(
                    new GetRoleCommand(TestCallers.withSession(TestPrincipals.alice()), "nobody")));

    assertEquals(ErrorCode.INVALID_CLIENT_TOKEN_ID, error.code());
  }

  @Test
  void givenUserAllowedOnlyUnderAPath_getRole_isDecidedOnTheRolesFullArn() {
    ports.roles.save(TestRoles.aRole());
    User teamReader =
        TestUsers.aUser(
            TestAccounts.ALPHA,
            "team-reader",
            Map.of(
                "p", TestPolicies.allow("iam:GetRole", "arn:aws:iam::111111111111:role/team/*")));
    ports.users.save(teamReader);

    AccessDeniedException error =
        assertThrows(
            AccessDeniedException.class,
            () ->
                useCase.getRole(
                    new GetRoleCommand(
                        TestCallers.withLongTermKey(teamReader.principal()), "deployer")));

    assertTrue(
        error.getMessage().contains("on resource: arn:aws:iam::111111111111:role/deployer "),
        error.getMessage());
  }
}
