package org.opensts.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opensts.application.port.in.iam.DeleteRoleCommand;
import org.opensts.application.port.in.iam.DeleteRoleUseCase;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.error.AccessDeniedException;
import org.opensts.domain.error.EntityException;
import org.opensts.domain.error.ErrorCode;
import org.opensts.domain.fixture.TestAccounts;
import org.opensts.domain.fixture.TestCallers;
import org.opensts.domain.fixture.TestClocks;
import org.opensts.domain.fixture.TestPolicies;
import org.opensts.domain.fixture.TestPrincipals;
import org.opensts.domain.fixture.TestRoles;
import org.opensts.domain.fixture.TestUsers;
import org.opensts.domain.iam.PermissionsBoundary;
import org.opensts.domain.iam.Role;
import org.opensts.domain.iam.User;

/** DeleteRole: only a role without inline policies; a boundary or tags do not hold it back. */
class DeleteRoleServiceTest {

  private static final Caller ROOT = TestCallers.withLongTermKey(TestPrincipals.root());

  private final TestPorts ports = new TestPorts();
  private final DeleteRoleUseCase useCase = ports.useCases(TestClocks.fixed()).deleteRole();

  @Test
  void givenRoleWithBoundaryButNoPolicies_deleteRole_removesIt() {
    ports.roles.save(
        TestRoles.aRole()
            .withPermissionsBoundary(
                PermissionsBoundary.policy("arn:aws:iam::aws:policy/PowerUserAccess")));

    useCase.deleteRole(new DeleteRoleCommand(ROOT, "Deployer"));

    assertTrue(ports.roles.byName.isEmpty());
  }

  @Test
  void givenRoleWithInlinePolicy_deleteRole_failsWithDeleteConflictAndKeepsIt() {
    Role role = TestRoles.withPolicy(TestRoles.aRole(), "p", TestPolicies.allow("s3:*", "*"));
    ports.roles.save(role);

    EntityException error =
        assertThrows(
            EntityException.class,
            () -> useCase.deleteRole(new DeleteRoleCommand(ROOT, "deployer")));

    assertEquals(ErrorCode.DELETE_CONFLICT, error.code());
    assertEquals("Cannot delete entity, must delete policies first.", error.getMessage());
    assertEquals(role, ports.roles.find(TestAccounts.ALPHA, "deployer").orElseThrow());
  }

  @Test
  void givenNoSuchRole_deleteRole_failsWithNoSuchEntity() {
    EntityException error =
        assertThrows(
            EntityException.class, () -> useCase.deleteRole(new DeleteRoleCommand(ROOT, "nobody")));

    assertEquals(ErrorCode.NO_SUCH_ENTITY, error.code());
    assertEquals("The role with name nobody cannot be found.", error.getMessage());
  }

  @Test
  void givenUserWithoutPolicy_deleteRole_isDeniedAndKeepsIt() {
    ports.roles.save(TestRoles.aRole());
    User bob = TestUsers.aUser(TestAccounts.ALPHA, "bob", Map.of());
    ports.users.save(bob);

    assertThrows(
        AccessDeniedException.class,
        () ->
            useCase.deleteRole(
                new DeleteRoleCommand(TestCallers.withLongTermKey(bob.principal()), "deployer")));
    assertEquals(1, ports.roles.byName.size());
  }
}
